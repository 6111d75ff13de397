package nl.cjg.core.werkplan;

import org.immutables.value.Value;
import nl.cjg.core.InvalidValueException;

/**
 * One numbered strategic choice of a communication plan, with its term (000 ~1685–1750):
 * "1. Eenheid in communicatie" is a choice for the short term (&lt; 3 months).
 *
 * <p>Invariants: the number is at least 1 (code {@value #NUMMER_CODE}) and the subject is not
 * blank (code {@value #ONDERWERP_CODE}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class StrategischeKeuze {
  StrategischeKeuze() {}

  /** The code of the rule that a choice's number is at least 1. */
  public static final String NUMMER_CODE = "STRATEGISCHEKEUZE-S01";

  /** The code of the rule that a choice has a subject. */
  public static final String ONDERWERP_CODE = "STRATEGISCHEKEUZE-S02";

  /** The number steps refer to. */
  public abstract int nummer();

  /** The term: short, medium or long. */
  public abstract Termijn termijn();

  /** The subject: "Eenheid in communicatie". */
  public abstract String onderwerp();

  /** The explanation, in the plan's words. */
  public abstract String toelichting();

  /** A builder for a strategic choice. */
  public static ImmutableStrategischeKeuze.Builder builder() {
    return ImmutableStrategischeKeuze.builder();
  }

  @Value.Check
  void checkKeuze() {
    InvalidValueException.require(nummer() >= 1, NUMMER_CODE, "a choice's number (nummer) is at least 1");
    InvalidValueException.require(!onderwerp().isBlank(), ONDERWERP_CODE, "a choice needs a subject (onderwerp)");
  }
}
