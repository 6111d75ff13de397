package nl.cjg.core.overleg;

import java.time.LocalDate;
import org.immutables.value.Value;
import nl.cjg.core.InvalidValueException;

/**
 * A period of calendar days, both ends included: "van 1 maart t/m 15 juni". Used for the period a
 * meeting schedule is asked about and for the days on which no meeting is held (a school holiday,
 * a public holiday, a single cancelled day).
 *
 * <p>Invariant (code {@value #BOUNDS_CODE}): {@code totEnMet} does not lie before {@code van}.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Periode {
  Periode() {}

  /** The code of the rule that a period does not end before it starts. */
  public static final String BOUNDS_CODE = "PLANNING-S01";

  /** The first day of the period. */
  @Value.Parameter
  public abstract LocalDate van();

  /** The last day of the period, included. */
  @Value.Parameter
  public abstract LocalDate totEnMet();

  /**
   * The period from {@code van} through {@code totEnMet}.
   *
   * @param van the first day
   * @param totEnMet the last day, included
   * @return the period
   * @throws InvalidValueException with code {@value #BOUNDS_CODE} when {@code totEnMet} lies
   *     before {@code van}
   */
  public static Periode of(LocalDate van, LocalDate totEnMet) {
    return ImmutablePeriode.of(van, totEnMet);
  }

  /**
   * The period of one day.
   *
   * @param dag the day
   * @return the period {@code [dag, dag]}
   */
  public static Periode dag(LocalDate dag) {
    return of(dag, dag);
  }

  /** A builder for a period. */
  public static ImmutablePeriode.Builder builder() {
    return ImmutablePeriode.builder();
  }

  /**
   * Whether {@code datum} lies in this period, ends included.
   *
   * @param datum the day
   * @return {@code van <= datum <= totEnMet}
   */
  public boolean bevat(LocalDate datum) {
    return !datum.isBefore(van()) && !datum.isAfter(totEnMet());
  }

  @Value.Check
  void checkBounds() {
    InvalidValueException.require(
        !totEnMet().isBefore(van()), BOUNDS_CODE, "a period's last day (totEnMet) cannot lie before its first day (van)");
  }
}
