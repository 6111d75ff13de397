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

  /**
   * A builder, also for figures of the whole municipality (no kern).
   *
   * <p>Required: {@link #aantal()}; every other attribute is optional, a collection that may stay
   * empty, or has a default. {@code build()} throws an {@link IllegalStateException} that names
   * every required attribute not set, and an {@link InvalidValueException} with the rule's code
   * when the value would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Telling}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableTelling.Builder {
    Builder() {}
  }

  @Value.Check
  void checkCount() {
    InvalidValueException.require(aantal() >= 0, NEGATIVE_CODE, "a population count (aantal) cannot be negative");
  }
}
