package nl.cjg.core.stats;

import nl.cjg.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A two-sided confidence interval for a proportion or a difference of proportions, as fractions
 * (0.2 is 20%).
 *
 * <p>{@link #wilson} gives the Wilson score interval of one proportion (E. B. Wilson, JASA 22,
 * 1927), which, unlike the textbook {@code p ± z·sqrt(p(1-p)/n)}, stays within {@code [0, 1]} and
 * keeps its coverage for small samples and proportions near 0 or 1.
 *
 * <p>Invariant (code {@value #BOUNDS_CODE}): {@code lower <= upper} and the confidence level lies
 * strictly between 0 and 1. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ConfidenceInterval {
  ConfidenceInterval() {}

  /** The code of the rule that the bounds are ordered and the level lies between 0 and 1. */
  public static final String BOUNDS_CODE = "INTERVAL-S01";

  /** The lower bound. */
  @Value.Parameter
  public abstract double lower();

  /** The upper bound. */
  @Value.Parameter
  public abstract double upper();

  /** The confidence level, for example 0.95. */
  @Value.Parameter
  public abstract double confidence();

  /**
   * An interval.
   *
   * @param lower the lower bound
   * @param upper the upper bound, not below {@code lower}
   * @param confidence the confidence level, strictly between 0 and 1
   * @return the interval
   */
  public static ConfidenceInterval of(double lower, double upper, double confidence) {
    return ImmutableConfidenceInterval.of(lower, upper, confidence);
  }

  /**
   * The Wilson score interval of a proportion: with {@code p = count/base}, {@code n = base} and
   * {@code z} the normal quantile of {@code (1 + confidence) / 2},
   * {@code (p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n)}.
   *
   * @param proportion the count of successes of the sample size; defined, not above its base
   * @param confidence the confidence level, strictly between 0 and 1, such as 0.95
   * @return the interval, within {@code [0, 1]} and containing {@code p}: exactly 0 below for 0
   *     of {@code n}, exactly 1 above for {@code n} of {@code n}
   * @throws IllegalArgumentException when the proportion is undefined or above 100%, or the level
   *     is not strictly between 0 and 1
   */
  public static ConfidenceInterval wilson(Rate proportion, double confidence) {
    requireProportion(proportion);
    double z = zFor(confidence);
    double n = proportion.base();
    double p = proportion.count() / n;
    double z2n = z * z / n;
    double centre = (p + z2n / 2) / (1 + z2n);
    double halfWidth = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4 * n));
    double lower = proportion.count() == 0 ? 0 : Math.max(0, Math.min(p, centre - halfWidth));
    double upper = proportion.count() == proportion.base() ? 1 : Math.min(1, Math.max(p, centre + halfWidth));
    return of(lower, upper, confidence);
  }

  /** Whether {@code value} lies in the interval, bounds included. */
  public boolean contains(double value) {
    return value >= lower() && value <= upper();
  }

  static void requireProportion(Rate proportion) {
    if (!proportion.isDefined() || proportion.exceedsBase()) {
      throw new IllegalArgumentException("a proportion needs a base above 0 and a count not above it");
    }
  }

  static double zFor(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("a confidence level lies strictly between 0 and 1");
    }
    return NormalDistribution.quantile((1 + confidence) / 2);
  }

  @Value.Check
  void checkBounds() {
    InvalidValueException.require(
        lower() <= upper(), BOUNDS_CODE, "an interval's lower bound (lower) cannot lie above its upper bound (upper)");
    InvalidValueException.require(
        confidence() > 0 && confidence() < 1, BOUNDS_CODE, "a confidence level (confidence) lies strictly between 0 and 1");
  }

  /**
   * A builder.
   *
   * <p>Required: {@link #lower()}, {@link #upper()}, {@link #confidence()}; every other attribute
   * is optional, a collection that may stay empty, or has a default. {@code build()} throws an
   * {@link IllegalStateException} that names every required attribute not set, and an {@link
   * InvalidValueException} with the rule's code when the value would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ConfidenceInterval}; {@link #builder()} names the required attributes. A list
   * or set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableConfidenceInterval.Builder {
    Builder() {}
  }
}
