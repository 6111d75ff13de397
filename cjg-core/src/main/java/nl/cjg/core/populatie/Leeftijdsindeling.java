package nl.cjg.core.populatie;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import nl.cjg.core.InvalidValueException;

/**
 * A named set of age bands as one source uses them, such as the CBS five-year bands or the CJG
 * service bands of the partner map; the sets in use are in {@link Leeftijdsindelingen}.
 *
 * <p>Invariants: the set has a name (code {@value #NAME_CODE}) and at least one band (code
 * {@value #EMPTY_CODE}); the bands are in ascending order and do not overlap (code
 * {@value #ORDER_CODE}), so an age lies in at most one band. Gaps are allowed, because some sets
 * in use have them (the JGZ contact moments); {@link #isVolledig()} tells whether a set has none.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Leeftijdsindeling {
  Leeftijdsindeling() {}

  /** The code of the rule that a band set has a name. */
  public static final String NAME_CODE = "LEEFTIJDSINDELING-S01";

  /** The code of the rule that a band set holds at least one band. */
  public static final String EMPTY_CODE = "LEEFTIJDSINDELING-S02";

  /** The code of the rule that the bands are ascending and do not overlap. */
  public static final String ORDER_CODE = "LEEFTIJDSINDELING-S03";

  /** The name of the set, for example {@code CBS vijfjaarsgroepen}. */
  @Value.Parameter
  public abstract String naam();

  /** The bands, lowest ages first. */
  @Value.Parameter
  public abstract List<Leeftijdsgroep> groepen();

  /**
   * A band set.
   *
   * @param naam the name of the set
   * @param groepen the bands, ascending and not overlapping
   * @return the set
   * @throws InvalidValueException when the name is blank, there are no bands, or they overlap or
   *     are out of order
   */
  public static Leeftijdsindeling of(String naam, List<Leeftijdsgroep> groepen) {
    return ImmutableLeeftijdsindeling.of(naam, groepen);
  }

  /**
   * A builder for a band set.
   *
   * <p>Required: {@link #naam()}; every other attribute is optional, a collection that may stay
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
   * Builds a {@link Leeftijdsindeling}; {@link #builder()} names the required attributes. A list
   * or set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableLeeftijdsindeling.Builder {
    Builder() {}
  }

  /**
   * The band that holds {@code leeftijd}.
   *
   * @param leeftijd an age in whole years
   * @return the one band holding it, or empty when the age lies in a gap or outside the set
   */
  public Optional<Leeftijdsgroep> groepVoor(int leeftijd) {
    for (Leeftijdsgroep groep : groepen()) {
      if (groep.bevat(leeftijd)) {
        return Optional.of(groep);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the bands cover every age from 0 up to {@link #tot()} without a gap: the first band
   * starts at 0 and each next band starts where the previous one ends. In a complete set every
   * age in {@code [0, tot())} lies in exactly one band.
   */
  public boolean isVolledig() {
    List<Leeftijdsgroep> groepen = groepen();
    if (groepen.get(0).van() != 0) {
      return false;
    }
    for (int i = 1; i < groepen.size(); i++) {
      if (groepen.get(i).van() != groepen.get(i - 1).tot()) {
        return false;
      }
    }
    return true;
  }

  /** The lowest age of the first band. */
  public int van() {
    return groepen().get(0).van();
  }

  /** The first age above the last band. */
  public int tot() {
    return groepen().get(groepen().size() - 1).tot();
  }

  @Value.Check
  void checkBands() {
    InvalidValueException.require(!naam().isBlank(), NAME_CODE, "a band set needs a name (naam)");
    InvalidValueException.require(!groepen().isEmpty(), EMPTY_CODE, "a band set needs at least one band (groepen)");
    for (int i = 1; i < groepen().size(); i++) {
      InvalidValueException.require(
          groepen().get(i).van() >= groepen().get(i - 1).tot(),
          ORDER_CODE,
          "the bands of a band set (groepen) must be in ascending order and must not overlap");
    }
  }
}
