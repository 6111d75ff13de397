package nl.cjg.core.werkplan;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.tijd.Periode;
import nl.cjg.core.validation.internal.Rules;
import org.immutables.value.Value;

/**
 * A phased plan of approach for building a CJG ("Plan van aanpak CJG gemeente Bergen" 2008â2010): the
 * oriëntatiefase, ontwikkelfase, uitvoeringsfase and consolidatiefase, each with its intended
 * outcome and actions, with a go/no-go gate between phases.
 *
 * <p>Invariant (code {@value #VOLGORDE_CODE}): the phases are in the order of their steps and each
 * step occurs at most once. Business rules: {@code PLANVANAANPAK-001} (actions within the plan's
 * span), {@code PLANVANAANPAK-002} (no go after a no-go), {@code PLANVANAANPAK-003} (gates decided
 * in phase order) and, per action, {@code PLANVANAANPAK-004}. Immutable and thread-safe.
 */
@Value.Immutable
@Rules(WerkplanRules.class)
public abstract class PlanVanAanpak {
  PlanVanAanpak() {}

  /** The code of the rule that phases are in step order, each step at most once. */
  public static final String VOLGORDE_CODE = "PLANVANAANPAK-S01";

  /** The title: "Plan van aanpak CJG gemeente Bergen". */
  public abstract String titel();

  /** The span of the whole plan, for example "2008 – 2010"; empty when the plan names none. */
  public abstract Optional<Periode> looptijd();

  /** The phases, in step order. */
  public abstract List<@Valid Fase> fasen();

  /**
   * A builder for a plan of approach.
   *
   * <p>Required: {@link #titel()}; every other attribute is optional, a collection that may stay
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
   * Builds a {@link PlanVanAanpak}; {@link #builder()} names the required attributes. A list or
   * set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutablePlanVanAanpak.Builder {
    Builder() {}
  }

  /** The phase of step {@code stap}, if the plan has it. */
  public Optional<Fase> fase(Fase.Stap stap) {
    return fasen().stream().filter(fase -> fase.stap() == stap).findFirst();
  }

  /**
   * The phases blocked on {@code datum}: every phase after the first phase whose gate was decided
   * no-go on or before that day. An undecided gate, or a no-go decided later, blocks nothing yet.
   *
   * @param datum the day of interest
   * @return the blocked phases in step order; empty when no gate is no-go by then
   */
  public List<Fase> geblokkeerdOp(LocalDate datum) {
    for (int i = 0; i < fasen().size(); i++) {
      if (fasen().get(i).isNoGoOp(datum)) {
        return fasen().subList(i + 1, fasen().size());
      }
    }
    return List.of();
  }

  @Value.Check
  void checkVolgorde() {
    for (int i = 1; i < fasen().size(); i++) {
      InvalidValueException.require(
          fasen().get(i - 1).stap().compareTo(fasen().get(i).stap()) < 0,
          VOLGORDE_CODE,
          "the phases (fasen) must follow their steps in order, each step at most once");
    }
  }
}
