package nl.cjg.core.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.cjg.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A count against a base: a share, reach, attendance, realisation against a norm, or a ratio (see
 * {@link Kind}).
 *
 * <p>Edge cases are part of the value, never NaN or an exception: with a base of 0 the rate is
 * {@link #isDefined() undefined} and {@link #percentage} is empty; a count above its base is
 * {@link #exceedsBase() flagged}, and for a kind that cannot exceed its base (a share, reach or
 * attendance) the rate is {@link #isImpossible() impossible}, though its percentage is still given.
 * Rates merge by adding counts and bases ({@link #merge}), with {@link #empty} as identity.
 *
 * <p>Invariant (code {@value #NEGATIVE_CODE}): count and base are not negative. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Rate {
  Rate() {}

  /** What a {@link Rate} measures, and so whether its count may exceed its base. */
  public enum Kind {
    /** Aandeel: a share of a population, such as 112 clients of 6464 young people; at most 100%. */
    AANDEEL(false),
    /** Bereik: reach, participants of a target group, such as the hielprik; at most 100%. */
    BEREIK(false),
    /** Opkomst: attendance, those who came of those invited (opkomstpercentage); at most 100%. */
    OPKOMST(false),
    /**
     * Realisatie: what was done against a norm, such as contact moments performed against the
     * BasisTakenPakket (BTP); may exceed 100%, as the sources' 127%.
     */
    REALISATIE(true),
    /** Verhouding: a ratio of two counts, such as case requests per meeting; may exceed 1. */
    VERHOUDING(true);

    private final boolean mayExceedBase;

    Kind(boolean mayExceedBase) {
      this.mayExceedBase = mayExceedBase;
    }

    /** Whether the count may be larger than the base (above 100%) for this kind. */
    public boolean mayExceedBase() {
      return mayExceedBase;
    }
  }

  /** The code of the rule that count and base are not negative. */
  public static final String NEGATIVE_CODE = "RATE-S01";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** What the rate measures. */
  @Value.Parameter
  public abstract Kind kind();

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
  public static Rate of(Kind kind, long count, long base) {
    return ImmutableRate.of(kind, count, base);
  }

  /** A share of a population ({@link Rate.Kind#AANDEEL}), such as 112 of 6464. */
  public static Rate aandeel(long count, long population) {
    return of(Kind.AANDEEL, count, population);
  }

  /** Reach ({@link Rate.Kind#BEREIK}): participants of the target group. */
  public static Rate bereik(long participants, long targetGroup) {
    return of(Kind.BEREIK, participants, targetGroup);
  }

  /** Attendance ({@link Rate.Kind#OPKOMST}): those who came of those invited. */
  public static Rate opkomst(long attended, long invited) {
    return of(Kind.OPKOMST, attended, invited);
  }

  /** Realisation against a norm ({@link Rate.Kind#REALISATIE}), such as 1467 of a BTP norm of 1155. */
  public static Rate realisatie(long performed, long norm) {
    return of(Kind.REALISATIE, performed, norm);
  }

  /** A ratio ({@link Rate.Kind#VERHOUDING}), such as 11 requests per 5 meetings. */
  public static Rate verhouding(long count, long base) {
    return of(Kind.VERHOUDING, count, base);
  }

  /** The identity of {@link #merge}: 0 of 0, undefined. */
  public static Rate empty(Kind kind) {
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
   * @throws ArithmeticException when a merged count or base exceeds {@link Long#MAX_VALUE}
   */
  public Rate merge(Rate other) {
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
