package nl.cjg.core.populatie;

import java.util.Optional;
import org.immutables.value.Value;
import nl.cjg.core.InvalidValueException;

/**
 * One cell of a population table: how many inhabitants of a kern (or of the whole municipality)
 * fall in an age band (or are counted at all ages: the total inhabitants).
 *
 * <p>Invariant (code {@value #NEGATIVE_CODE}): the count is not negative. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Telling {
  Telling() {}

  /** The code of the rule that a count is not negative. */
  public static final String NEGATIVE_CODE = "TELLING-S01";

  /** The kern counted; empty for a figure of the whole municipality. */
  public abstract Optional<Kern> kern();

  /** The age band counted; empty for all ages, the total inhabitants. */
  public abstract Optional<Leeftijdsgroep> leeftijdsgroep();

  /** The number of inhabitants. */
  public abstract int aantal();

  /**
   * The inhabitants of a kern in an age band.
   *
   * @param kern the kern
   * @param leeftijdsgroep the band
   * @param aantal the count, not negative
   * @return the cell
   */
  public static Telling of(Kern kern, Leeftijdsgroep leeftijdsgroep, int aantal) {
    return builder().kern(kern).leeftijdsgroep(leeftijdsgroep).aantal(aantal).build();
  }

  /**
   * The total inhabitants of a kern, all ages.
   *
   * @param kern the kern
   * @param aantal the count, not negative
   * @return the cell
   */
  public static Telling inwoners(Kern kern, int aantal) {
    return builder().kern(kern).aantal(aantal).build();
  }

  /** A builder, also for figures of the whole municipality (no kern). */
  public static ImmutableTelling.Builder builder() {
    return ImmutableTelling.builder();
  }

  @Value.Check
  void checkCount() {
    InvalidValueException.require(aantal() >= 0, NEGATIVE_CODE, "a population count (aantal) cannot be negative");
  }
}
