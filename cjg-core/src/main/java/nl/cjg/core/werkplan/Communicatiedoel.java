package nl.cjg.core.werkplan;

import org.immutables.value.Value;
import nl.cjg.core.InvalidValueException;

/**
 * One goal of a communication step and what it aims at: "Ouders in Bergen zien het CJG als een
 * betrouwbare organisatie om advies te vragen" is a goal on {@link Doelsoort#HOUDING}.
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
  public abstract Doelsoort soort();

  /** The goal {@code omschrijving} on {@code soort}. */
  public static Communicatiedoel of(String omschrijving, Doelsoort soort) {
    return ImmutableCommunicatiedoel.of(omschrijving, soort);
  }

  @Value.Check
  void checkOmschrijving() {
    InvalidValueException.require(!omschrijving().isBlank(), OMSCHRIJVING_CODE, "a goal needs a description (omschrijving)");
  }
}
