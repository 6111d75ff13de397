package nl.cjg.core.werkplan;

import java.util.Optional;
import org.immutables.value.Value;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.populatie.Leeftijdsgroep;

/**
 * A target group of a communication plan with its size as the plan states it (Communicatieplan CJG Bergen 2012, 5. doelgroepen):
 * "kernpartners (5)", "netwerkpartners (40)", "(toekomstige) ouders in Bergen (7300)",
 * "jeugdigen in Bergen t/m 23 jaar (4000)" (with the age band [0, 24)).
 *
 * <p>Invariants: the group is named (code {@value #NAAM_CODE}) and its size is not negative (code
 * {@value #AANTAL_CODE}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Communicatiedoelgroep {
  Communicatiedoelgroep() {}

  /** The code of the rule that a target group is named. */
  public static final String NAAM_CODE = "COMMUNICATIEDOELGROEP-S01";

  /** The code of the rule that a target group's size is not negative. */
  public static final String AANTAL_CODE = "COMMUNICATIEDOELGROEP-S02";

  /** The group, in the plan's words: "netwerkpartners". */
  public abstract String naam();

  /** How many the group counts: organisations, parents or young people. */
  public abstract int aantal();

  /** The ages of the group, where the plan limits them. */
  public abstract Optional<Leeftijdsgroep> leeftijd();

  /**
   * A builder for a target group.
   *
   * <p>Required: {@link #naam()}, {@link #aantal()}; every other attribute is optional, a
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
   * Builds a {@link Communicatiedoelgroep}; {@link #builder()} names the required attributes. A
   * list or set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableCommunicatiedoelgroep.Builder {
    Builder() {}
  }

  /** The group {@code naam} of {@code aantal}, without an age band. */
  public static Communicatiedoelgroep of(String naam, int aantal) {
    return builder().naam(naam).aantal(aantal).build();
  }

  @Value.Check
  void checkDoelgroep() {
    InvalidValueException.require(!naam().isBlank(), NAAM_CODE, "a target group needs a name (naam)");
    InvalidValueException.require(aantal() >= 0, AANTAL_CODE, "a target group's size (aantal) is not negative");
  }
}
