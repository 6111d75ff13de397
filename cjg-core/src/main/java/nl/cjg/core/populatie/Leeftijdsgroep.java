package nl.cjg.core.populatie;

import org.immutables.value.Value;
import nl.cjg.core.InvalidValueException;

/**
 * An age band in whole years, half-open: {@code [van, tot)}. The CBS band "5 – 10 jaar" holds ages
 * 5 to 9; a band meant "through 23" ("t/m 23") has {@code tot} 24.
 *
 * <p>Invariant (code {@value #BOUNDS_CODE}): {@code 0 <= van < tot}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Leeftijdsgroep {
  Leeftijdsgroep() {}

  /** The code of the bounds invariant. */
  public static final String BOUNDS_CODE = "LEEFTIJDSGROEP-S01";

  /** The lowest age in the band, inclusive. */
  @Value.Parameter
  public abstract int van();

  /** The first age above the band, exclusive. */
  @Value.Parameter
  public abstract int tot();

  /** The name shown in tables; by default {@code "van–(tot−1)"}, such as {@code 0–4} for [0, 5). */
  @Value.Default
  public String naam() {
    return van() + "–" + (tot() - 1);
  }

  /**
   * The band {@code [van, tot)} with its default name.
   *
   * @param van the lowest age, inclusive
   * @param tot the first age above the band
   * @return the band
   * @throws InvalidValueException when not {@code 0 <= van < tot}
   */
  public static Leeftijdsgroep of(int van, int tot) {
    return ImmutableLeeftijdsgroep.of(van, tot);
  }

  /**
   * A builder, for a band with its own name.
   *
   * <p>Required: {@link #van()}, {@link #tot()}; every other attribute is optional, a collection
   * that may stay empty, or has a default. {@code build()} throws an {@link
   * IllegalStateException} that names every required attribute not set, and an {@link
   * InvalidValueException} with the rule's code when the value would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Leeftijdsgroep}; {@link #builder()} names the required attributes. A list or
   * set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableLeeftijdsgroep.Builder {
    Builder() {}
  }

  /** Whether {@code leeftijd} lies in {@code [van, tot)}. */
  public boolean bevat(int leeftijd) {
    return leeftijd >= van() && leeftijd < tot();
  }

  /** Whether this band and {@code other} share at least one age. */
  public boolean overlapt(Leeftijdsgroep other) {
    return van() < other.tot() && other.van() < tot();
  }

  /** Whether every age of this band also lies in {@code other}. */
  public boolean ligtBinnen(Leeftijdsgroep other) {
    return van() >= other.van() && tot() <= other.tot();
  }

  /** Whether this band and {@code other} hold the same ages, whatever their names. */
  public boolean heeftZelfdeGrenzen(Leeftijdsgroep other) {
    return van() == other.van() && tot() == other.tot();
  }

  @Value.Check
  void checkBounds() {
    InvalidValueException.require(van() >= 0, BOUNDS_CODE, "an age band cannot start below 0");
    InvalidValueException.require(
        van() < tot(), BOUNDS_CODE, "an age band's lower bound (van) must lie below its upper bound (tot)");
  }
}
