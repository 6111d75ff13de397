package nl.cjg.core.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.cjg.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A count against a base: a share, reach, attendance, realisation against a norm, or a ratio (see
 * {@link RateKind}).
 *
 * <p>Edge cases are part of the value, never NaN or an exception: with a base of 0 the rate is
 * {@link #isDefined() undefined} and {@link #percentage} is empty; a count above its base is
 * {@link #exceedsBase() flagged}, and for a kind that cannot exceed its base (a share, reach or
 * attendance) the rate is {@link #isImpossible() impossible}, though its percentage is still given.
 * Rates merge by adding counts and bases ({@link #plus}), with {@link #empty} as identity.
 *
 * <p>Invariant (code {@value #NEGATIVE_CODE}): count and base are not negative. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Rate {
  Rate() {}

  /** The code of the rule that count and base are not negative. */
  public static final String NEGATIVE_CODE = "RATE-S01";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** What the rate measures. */
  @Value.Parameter
  public abstract RateKind kind();

  /** The count (numerator), for example 112 clients. */
  @Value.Parameter
  public abstract long count();

  /** The base (denominator), for example 6464 young people. */
  @Value.Parameter
  public abstract long base();

  /**
   * A rate.
   *
   * @param kind what it measures
   * @param count the count, not negative
   * @param base the base, not negative
   * @return the rate
   * @throws InvalidValueException with code {@value #NEGATIVE_CODE} when a number is negative
   */
  public static Rate of(RateKind kind, long count, long base) {
    return ImmutableRate.of(kind, count, base);
  }

  /** A share of a population ({@link RateKind#AANDEEL}), such as 112 of 6464. */
  public static Rate share(long count, long population) {
    return of(RateKind.AANDEEL, count, population);
  }

  /** Reach ({@link RateKind#BEREIK}): participants of the target group. */
  public static Rate reach(long participants, long targetGroup) {
    return of(RateKind.BEREIK, participants, targetGroup);
  }

  /** Attendance ({@link RateKind#OPKOMST}): those who came of those invited. */
  public static Rate attendance(long attended, long invited) {
    return of(RateKind.OPKOMST, attended, invited);
  }

  /** Realisation against a norm ({@link RateKind#REALISATIE}), such as 1467 of a BTP norm of 1155. */
  public static Rate realisation(long performed, long norm) {
    return of(RateKind.REALISATIE, performed, norm);
  }

  /** A ratio ({@link RateKind#VERHOUDING}), such as 11 requests per 5 meetings. */
  public static Rate ratio(long count, long base) {
    return of(RateKind.VERHOUDING, count, base);
  }

  /** The identity of {@link #plus}: 0 of 0, undefined. */
  public static Rate empty(RateKind kind) {
    return of(kind, 0, 0);
  }

  /** Whether the rate has a value: the base is greater than 0. */
  public boolean isDefined() {
    return base() > 0;
  }

  /** Whether the count is larger than the base. */
  public boolean exceedsBase() {
    return count() > base();
  }

  /** Whether the count exceeds the base although this kind cannot: the data are wrong. */
  public boolean isImpossible() {
    return exceedsBase() && !kind().mayExceedBase();
  }

  /**
   * Count divided by base, rounded half up.
   *
   * @param decimals the number of decimals, at least 0
   * @return the value, for example {@code 2.2} for 11 requests in 5 meetings; empty for a base of 0
   */
  public Optional<BigDecimal> value(int decimals) {
    requireDecimals(decimals);
    return isDefined()
        ? Optional.of(BigDecimal.valueOf(count()).divide(BigDecimal.valueOf(base()), decimals, RoundingMode.HALF_UP))
        : Optional.empty();
  }

  /**
   * The rate as a percentage, rounded half up.
   *
   * @param decimals the number of decimals, at least 0
   * @return the percentage, for example {@code 1.73} for 112 of 6464 at two decimals; empty for a
   *     base of 0
   */
  public Optional<BigDecimal> percentage(int decimals) {
    requireDecimals(decimals);
    return isDefined()
        ? Optional.of(
            BigDecimal.valueOf(count()).multiply(HUNDRED).divide(BigDecimal.valueOf(base()), decimals, RoundingMode.HALF_UP))
        : Optional.empty();
  }

  /** The rate as a fraction in double precision, for statistical tests; empty for a base of 0. */
  public OptionalDouble fraction() {
    return isDefined() ? OptionalDouble.of((double) count() / base()) : OptionalDouble.empty();
  }

  /**
   * Merges two rates of the same kind by adding counts and bases: the rate over both groups.
   *
   * @param other a rate of the same kind over other units
   * @return the merged rate
   * @throws IllegalArgumentException when the kinds differ
   */
  public Rate plus(Rate other) {
    if (other.kind() != kind()) {
      throw new IllegalArgumentException("only rates of the same kind can be merged");
    }
    return of(kind(), Math.addExact(count(), other.count()), Math.addExact(base(), other.base()));
  }

  private static void requireDecimals(int decimals) {
    if (decimals < 0) {
      throw new IllegalArgumentException("the number of decimals cannot be negative");
    }
  }

  @Value.Check
  void checkNotNegative() {
    InvalidValueException.require(count() >= 0, NEGATIVE_CODE, "a rate's count (count) cannot be negative");
    InvalidValueException.require(base() >= 0, NEGATIVE_CODE, "a rate's base (base) cannot be negative");
  }

  /**
   * A builder.
   *
   * <p>Required: {@link #kind()}, {@link #count()}, {@link #base()}; every other attribute is
   * optional, a collection that may stay empty, or has a default. {@code build()} throws an
   * {@link IllegalStateException} that names every required attribute not set, and an {@link
   * InvalidValueException} with the rule's code when the value would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Rate}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableRate.Builder {
    Builder() {}
  }
}
