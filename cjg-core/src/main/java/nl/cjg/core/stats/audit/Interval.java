package nl.cjg.core.stats.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A closed interval of values at one scale (number of decimals), either bound possibly open-ended
 * ({@code null}); the values one cell may take for a check to pass.
 */
final class Interval {
  private final BigDecimal lower;
  private final BigDecimal upper;

  private Interval(BigDecimal lower, BigDecimal upper) {
    this.lower = lower;
    this.upper = upper;
  }

  /** Every value. */
  static Interval all() {
    return new Interval(null, null);
  }

  /** No value. */
  static Interval none() {
    return new Interval(BigDecimal.ONE, BigDecimal.ZERO);
  }

  /** The values at {@code scale} from {@code lower} (exact, rounded up) to {@code upper} (rounded down); null for open. */
  static Interval between(BigDecimal lower, BigDecimal upper, int scale) {
    return new Interval(
        lower == null ? null : lower.setScale(scale, RoundingMode.CEILING),
        upper == null ? null : upper.setScale(scale, RoundingMode.FLOOR));
  }

  /** The values at {@code scale} from {@code numerator/denominator} rounded up, open above; denominator above 0. */
  static Interval atLeastQuotient(BigDecimal numerator, BigDecimal denominator, int scale) {
    return new Interval(numerator.divide(denominator, scale, RoundingMode.CEILING), null);
  }

  /** The values at {@code scale} up to {@code numerator/denominator} rounded down; denominator above 0. */
  static Interval atMostQuotient(BigDecimal numerator, BigDecimal denominator, int scale) {
    return new Interval(null, numerator.divide(denominator, scale, RoundingMode.FLOOR));
  }

  Interval intersect(Interval other) {
    return new Interval(max(lower, other.lower), min(upper, other.upper));
  }

  boolean isEmpty() {
    return lower != null && upper != null && lower.compareTo(upper) > 0;
  }

  boolean contains(BigDecimal value) {
    return (lower == null || lower.compareTo(value) <= 0) && (upper == null || upper.compareTo(value) >= 0);
  }

  /** The value in this (non-empty) interval nearest to {@code value}. */
  BigDecimal clamp(BigDecimal value) {
    if (lower != null && value.compareTo(lower) < 0) {
      return lower;
    }
    return upper != null && value.compareTo(upper) > 0 ? upper : value;
  }

  private static BigDecimal max(BigDecimal a, BigDecimal b) {
    return a == null ? b : b == null ? a : a.max(b);
  }

  private static BigDecimal min(BigDecimal a, BigDecimal b) {
    return a == null ? b : b == null ? a : a.min(b);
  }
}
