package nl.cjg.core.werkplan;

import java.util.List;
import org.immutables.value.Value;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.validation.internal.Rules;

/**
 * One step of a communication plan's plan of approach (Communicatieplan CJG Bergen 2012, 7. plan van aanpak, "stap | doel | middelenmix"):
 * the strategic choice it carries out, its goals on knowledge, attitude or behaviour, and its mix
 * of means. "De stappen in de linkerkolom verwijzen naar de strategische keuzes uit hoofdstuk 6":
 * the step's number is the number of its {@link StrategischeKeuze} (rule
 * {@code COMMUNICATIEPLAN-002}).
 *
 * <p>Invariant (code {@value #NUMMER_CODE}): the number is at least 1. Business rule
 * {@code COMMUNICATIEPLAN-003}: the step names at least one means. Immutable and thread-safe.
 */
@Value.Immutable
@Rules(WerkplanRules.class)
public abstract class Communicatiestap {
  Communicatiestap() {}

  /** The code of the rule that a step's number is at least 1. */
  public static final String NUMMER_CODE = "COMMUNICATIESTAP-S01";

  /** The number of the step, which is the number of the strategic choice it carries out. */
  public abstract int nummer();

  /** The goals of the step. */
  public abstract List<Communicatiedoel> doelen();

  /** The mix of means (middelenmix). */
  public abstract List<Middel> middelen();

  /**
   * A builder for a step.
   *
   * <p>Required: {@link #nummer()}; every other attribute is optional, a collection that may stay
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
   * Builds a {@link Communicatiestap}; {@link #builder()} names the required attributes. A list
   * or set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableCommunicatiestap.Builder {
    Builder() {}
  }

  @Value.Check
  void checkNummer() {
    InvalidValueException.require(nummer() >= 1, NUMMER_CODE, "a step's number (nummer) is at least 1");
  }
}
