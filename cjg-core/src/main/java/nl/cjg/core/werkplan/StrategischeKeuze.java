package nl.cjg.core.werkplan;

import nl.cjg.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * One numbered strategic choice of a communication plan, with its term (Communicatieplan CJG Bergen 2012, 6. strategie):
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

  /**
   * A builder for a strategic choice.
   *
   * <p>Required: {@link #nummer()}, {@link #termijn()}, {@link #onderwerp()}, {@link
   * #toelichting()}; every other attribute is optional, a collection that may stay empty, or has
   * a default. {@code build()} throws an {@link IllegalStateException} that names every required
   * attribute not set, and an {@link InvalidValueException} with the rule's code when the value
   * would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link StrategischeKeuze}; {@link #builder()} names the required attributes. A list
   * or set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableStrategischeKeuze.Builder {
    Builder() {}
  }

  @Value.Check
  void checkKeuze() {
    InvalidValueException.require(nummer() >= 1, NUMMER_CODE, "a choice's number (nummer) is at least 1");
    InvalidValueException.require(!onderwerp().isBlank(), ONDERWERP_CODE, "a choice needs a subject (onderwerp)");
  }

  /** The term of a strategic choice of a communication plan (Communicatieplan CJG Bergen 2012, 6. strategie). */
  public enum Termijn {
    /** "Korte termijn (&lt; 3 maanden)". */
    KORT(3),
    /** "Middellange termijn (&lt; 6 maanden)". */
    MIDDELLANG(6),
    /** "Lange termijn (&lt; 1 jaar)". */
    LANG(12);

    private final int maanden;

    Termijn(int maanden) {
      this.maanden = maanden;
    }

    /** The term is shorter than this many months: 3, 6 or 12. */
    public int maanden() {
      return maanden;
    }
  }
}
