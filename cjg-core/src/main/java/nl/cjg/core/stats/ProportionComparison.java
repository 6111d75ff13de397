package nl.cjg.core.stats;

import java.util.OptionalDouble;
import nl.cjg.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * Two measurements of one proportion compared, such as the awareness of the CJG among parents in
 * the 0-meting (before a campaign) and the 1-meting (after it): each with its Wilson score
 * interval, their difference with Newcombe's hybrid score interval, and a two-proportion z-test.
 *
 * <ul>
 *   <li>The difference is {@code after - before}, as fractions.
 *   <li>Its interval is method 10 of R. G. Newcombe, "Interval estimation for the difference
 *       between independent proportions", <i>Statistics in Medicine</i> 17 (1998): with Wilson
 *       intervals {@code (l1, u1)} before and {@code (l2, u2)} after, from
 *       {@code d - sqrt((p2-l2)² + (u1-p1)²)} to {@code d + sqrt((u2-p2)² + (p1-l1)²)}.
 *   <li>The z-test uses the pooled proportion: {@code z = d / sqrt(p(1-p)(1/n1 + 1/n2))}, and the
 *       two-sided p-value from the normal distribution ({@link NormalDistribution}). When both
 *       samples are all yes or all no the statistic is undefined (no variation) and the p-value
 *       is 1: the proportions do not differ.
 * </ul>
 *
 * <p>The samples must be independent (two different groups of respondents). Invariants: both
 * measurements are defined proportions, their count not above their base (code
 * {@value #PROPORTION_CODE}); the confidence level lies strictly between 0 and 1 (code
 * {@value #CONFIDENCE_CODE}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProportionComparison {
  ProportionComparison() {}

  /** The code of the rule that both measurements are proportions with a base above 0. */
  public static final String PROPORTION_CODE = "COMPARISON-S01";

  /** The code of the rule that the confidence level lies strictly between 0 and 1. */
  public static final String CONFIDENCE_CODE = "COMPARISON-S02";

  /** The first measurement, such as the 0-meting: those who said yes of those asked. */
  @Value.Parameter
  public abstract Rate before();

  /** The second measurement, such as the 1-meting. */
  @Value.Parameter
  public abstract Rate after();

  /** The confidence level of the intervals, and {@code 1 - confidence} the test's significance level. */
  @Value.Parameter
  public abstract double confidence();

  /**
   * Compares two measurements at 95% confidence.
   *
   * @param before the first measurement
   * @param after the second measurement
   * @return the comparison
   */
  public static ProportionComparison of(Rate before, Rate after) {
    return of(before, after, 0.95);
  }

  /**
   * Compares two measurements.
   *
   * @param before the first measurement
   * @param after the second measurement
   * @param confidence the confidence level, strictly between 0 and 1
   * @return the comparison
   * @throws InvalidValueException when a measurement is not a proportion or the level is out of
   *     range
   */
  public static ProportionComparison of(Rate before, Rate after, double confidence) {
    return ImmutableProportionComparison.of(before, after, confidence);
  }

  /** The difference {@code after - before}, as a fraction (0.05 is 5 percentage points). */
  public double difference() {
    return fraction(after()) - fraction(before());
  }

  /** The Wilson score interval of the first measurement. */
  public ConfidenceInterval beforeInterval() {
    return ConfidenceInterval.wilson(before(), confidence());
  }

  /** The Wilson score interval of the second measurement. */
  public ConfidenceInterval afterInterval() {
    return ConfidenceInterval.wilson(after(), confidence());
  }

  /** Newcombe's hybrid score interval of the difference {@code after - before}. */
  public ConfidenceInterval differenceInterval() {
    double p1 = fraction(before());
    double p2 = fraction(after());
    ConfidenceInterval first = beforeInterval();
    ConfidenceInterval second = afterInterval();
    double d = p2 - p1;
    double lower = d - Math.hypot(p2 - second.lower(), first.upper() - p1);
    double upper = d + Math.hypot(second.upper() - p2, p1 - first.lower());
    return ConfidenceInterval.of(Math.max(-1, lower), Math.min(1, upper), confidence());
  }

  /** The pooled two-proportion z statistic; empty when both samples are all yes or all no. */
  public OptionalDouble zScore() {
    double n1 = before().base();
    double n2 = after().base();
    double pooled = (before().count() + (double) after().count()) / (n1 + n2);
    double variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
    return variance > 0 ? OptionalDouble.of(difference() / Math.sqrt(variance)) : OptionalDouble.empty();
  }

  /** The two-sided p-value of the z-test; 1 when the statistic is undefined. */
  public double pValue() {
    OptionalDouble z = zScore();
    return z.isPresent() ? NormalDistribution.twoSidedPValue(z.getAsDouble()) : 1;
  }

  /** Whether the difference is significant at level {@code 1 - confidence}: the p-value is below it. */
  public boolean isSignificant() {
    return pValue() < 1 - confidence();
  }

  private static double fraction(Rate proportion) {
    return (double) proportion.count() / proportion.base();
  }

  @Value.Check
  void checkMeasurements() {
    InvalidValueException.require(
        isProportion(before()) && isProportion(after()),
        PROPORTION_CODE,
        "both measurements (before, after) need a base above 0 and a count not above it");
    InvalidValueException.require(
        confidence() > 0 && confidence() < 1, CONFIDENCE_CODE, "the confidence level (confidence) lies strictly between 0 and 1");
  }

  private static boolean isProportion(Rate rate) {
    return rate.isDefined() && !rate.exceedsBase();
  }

  /**
   * A builder.
   *
   * <p>Required: {@link #before()}, {@link #after()}, {@link #confidence()}; every other
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
   * Builds a {@link ProportionComparison}; {@link #builder()} names the required attributes. A
   * list or set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableProportionComparison.Builder {
    Builder() {}
  }
}
