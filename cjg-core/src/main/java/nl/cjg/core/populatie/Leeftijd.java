package nl.cjg.core.populatie;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import nl.cjg.core.InvalidValueException;

/**
 * Ages in whole years, computed from a birth date and the date of interest (the library never
 * reads the clock: "today" is always an argument).
 *
 * <p>A person becomes a year older on the same month and day as their birth. Someone born on
 * 29 February becomes a year older on 1 March in years without a leap day (the rule of
 * {@link Period#between}). This class is stateless and thread-safe.
 */
public final class Leeftijd {
  /** The code of the rule that a date of interest may not lie before the birth date. */
  public static final String BEFORE_BIRTH_CODE = "LEEFTIJD-S01";

  private Leeftijd() {}

  /**
   * The age in whole years on {@code datum}.
   *
   * @param geboortedatum the birth date
   * @param datum the date of interest, not before the birth date
   * @return the completed years, at least 0
   * @throws InvalidValueException with code {@value #BEFORE_BIRTH_CODE} when {@code datum} lies
   *     before {@code geboortedatum}
   */
  public static int opDatum(LocalDate geboortedatum, LocalDate datum) {
    Objects.requireNonNull(geboortedatum, "geboortedatum");
    Objects.requireNonNull(datum, "datum");
    InvalidValueException.require(
        !datum.isBefore(geboortedatum), BEFORE_BIRTH_CODE, "the date lies before the birth date");
    return Period.between(geboortedatum, datum).getYears();
  }

  /**
   * The first day on which a person born on {@code geboortedatum} has age {@code jaren}; with the
   * same leap-day rule as {@link #opDatum}.
   *
   * @param geboortedatum the birth date
   * @param jaren the age, at least 0
   * @return the birthday on which that age is reached
   */
  public static LocalDate verjaardag(LocalDate geboortedatum, int jaren) {
    Objects.requireNonNull(geboortedatum, "geboortedatum");
    if (jaren < 0) {
      throw new IllegalArgumentException("jaren must not be negative");
    }
    LocalDate candidate = geboortedatum.plusYears(jaren);
    return candidate.getDayOfMonth() == geboortedatum.getDayOfMonth() ? candidate : candidate.plusDays(1);
  }
}
