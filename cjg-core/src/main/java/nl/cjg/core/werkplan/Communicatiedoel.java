package nl.cjg.core.werkplan;

import nl.cjg.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * One goal of a communication step and what it aims at: "Ouders in Bergen zien het CJG als een
 * betrouwbare organisatie om advies te vragen" is a goal on {@link Soort#HOUDING}.
 *
 * <p>Invariant (code {@value #OMSCHRIJVING_CODE}): the goal is described. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Communicatiedoel {
  Communicatiedoel() {}

  /** The code of the rule that a goal is described. */
  public static final String OMSCHRIJVING_CODE = "COMMUNICATIEDOEL-S01";

  /** The goal, in the plan's words. */
  @Value.Parameter
  public abstract String omschrijving();

  /** Whether it aims at knowledge, attitude or behaviour. */
  @Value.Parameter
  public abstract Soort soort();

  /** The goal {@code omschrijving} on {@code soort}. */
  public static Communicatiedoel of(String omschrijving, Soort soort) {
    return ImmutableCommunicatiedoel.of(omschrijving, soort);
  }

  @Value.Check
  void checkOmschrijving() {
    InvalidValueException.require(!omschrijving().isBlank(), OMSCHRIJVING_CODE, "a goal needs a description (omschrijving)");
  }

  /**
   * A builder.
   *
   * <p>Required: {@link #omschrijving()}, {@link #soort()}; every other attribute is optional, a
   * collection that may stay empty, or has a default. {@code build()} throws an {@link
   * IllegalStateException} that names every required attribute not set, and an {@link
   * InvalidValueException} with the rule's code when the value would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Communicatiedoel}; {@link #builder()} names the required attributes. A list
   * or set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableCommunicatiedoel.Builder {
    Builder() {}
  }

  /** What a communication goal aims at: knowledge, attitude or behaviour (Communicatieplan CJG Bergen 2012, 7. plan van aanpak, "(kennis)", "(houding)", "(gedrag)"). */
  public enum Soort {
    /** "kennis": the target group knows something ("kennen het CJG en weten dat zij daar terecht kunnen"). */
    KENNIS,
    /** "houding": the target group holds an attitude ("zien het CJG als een betrouwbare organisatie"). */
    HOUDING,
    /** "gedrag": the target group acts ("nemen tijdig contact op met het CJG"). */
    GEDRAG
  }
}
