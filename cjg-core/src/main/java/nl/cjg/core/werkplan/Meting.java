package nl.cjg.core.werkplan;

import nl.cjg.core.tijd.Periode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;
import nl.cjg.core.InvalidValueException;

/**
 * A measurement of how well-known the CJG is: of a sample, how many know it (Communicatieplan CJG Bergen 2012, 11. evaluatie, the 0- and
 * 1-meting). Counts, not percentages, so that measurements can be compared and combined;
 * {@link #percentageBekend()} derives the share. The 0-meting of the sources is the
 * "Klanttevredenheidsonderzoek Wmo gemeente Bergen, 2011": 20 percent of parents know the CJG.
 *
 * <p>When it was held is a {@link Periode}, because sources often name only a month or a year.
 * Invariants: the sample is at least 1 (code {@value #STEEKPROEF_CODE}) and the number aware lies
 * between 0 and the sample (code {@value #BEKEND_CODE}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Meting {
  Meting() {}

  /** The code of the rule that the sample is at least 1. */
  public static final String STEEKPROEF_CODE = "METING-S01";

  /** The code of the rule that the number aware lies between 0 and the sample. */
  public static final String BEKEND_CODE = "METING-S02";

  /** When the measurement was held: "2011". */
  public abstract Periode periode();

  /** How many were asked. */
  public abstract int steekproef();

  /** How many of them know the CJG. */
  public abstract int bekend();

  /** The source: "Klanttevredenheidsonderzoek Wmo gemeente Bergen, 2011". */
  public abstract Optional<String> bron();

  /**
   * A builder for a measurement.
   *
   * <p>Required: {@link #periode()}, {@link #steekproef()}, {@link #bekend()}; every other
   * attribute is optional, a collection that may stay empty, or has a default. {@code build()}
   * throws an {@link IllegalStateException} that names every required attribute not set, and an
   * {@link InvalidValueException} with the rule's code when the value would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Meting}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableMeting.Builder {
    Builder() {}
  }

  /** The share that knows the CJG, as a percentage with one decimal, rounded half up: 80 of 400 is 20.0. */
  public BigDecimal percentageBekend() {
    return BigDecimal.valueOf(bekend())
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(steekproef()), 1, RoundingMode.HALF_UP);
  }

  @Value.Check
  void checkAantallen() {
    InvalidValueException.require(steekproef() >= 1, STEEKPROEF_CODE, "a measurement's sample (steekproef) is at least 1");
    InvalidValueException.require(
        bekend() >= 0 && bekend() <= steekproef(),
        BEKEND_CODE,
        "the number aware (bekend) lies between 0 and the sample (steekproef)");
  }
}
