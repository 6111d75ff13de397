package nl.cjg.core.werkplan;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One phase of a {@link PlanVanAanpak}: its step, intended outcome ("Uitkomst/bestemming"), its
 * actions, and the go/no-go gate at its end where the plan has one (Plan van aanpak CJG Bergen 2008â2010 has gates after stap 1 and
 * stap 2). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Fase {
  Fase() {}

  /** Which of the four steps this phase is. */
  public abstract Stap stap();

  /** The intended outcome: "Zicht krijgen op wat een CJG is om hiermee (politiek) draagvlak te verkrijgen …". */
  public abstract String beoogdResultaat();

  /** The actions, in the plan's order. */
  public abstract List<@Valid Actie> acties();

  /** The go/no-go gate at the end of the phase; empty when the plan has none there. */
  public abstract Optional<GoNoGo> goNoGo();

  /**
   * A builder for a phase.
   *
   * <p>Required: {@link #stap()}, {@link #beoogdResultaat()}; every other attribute is optional,
   * a collection that may stay empty, or has a default. {@code build()} throws an {@link
   * IllegalStateException} that names every required attribute not set.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Fase}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableFase.Builder {
    Builder() {}
  }

  /** Whether the gate at the end of this phase is a no-go decided on or before {@code datum}. */
  boolean isNoGoOp(LocalDate datum) {
    return goNoGo()
        .filter(gate -> gate.besluit() == GoNoGo.Besluit.NO_GO)
        .flatMap(GoNoGo::datum)
        .map(besloten -> !besloten.isAfter(datum))
        .orElse(false);
  }

  /** The four steps of a phased plan of approach, in their order (Plan van aanpak CJG Bergen 2008â2010). */
  public enum Stap {
    /** "Stap 1. Oriëntatiefase": learn what a CJG is and win (political) support. */
    ORIENTATIEFASE(1),
    /** "Stap 2. Ontwikkelfase": work out the tasks of the CJG and lay them down in an agreement. */
    ONTWIKKELFASE(2),
    /** "Stap 3. Uitvoeringsfase": work out, prepare and implement the CJG. */
    UITVOERINGSFASE(3),
    /** "Stap 4. Consolidatiefase": optimise the working of the CJG. */
    CONSOLIDATIEFASE(4);

    private final int nummer;

    Stap(int nummer) {
      this.nummer = nummer;
    }

    /** The step's number, 1 to 4. */
    public int nummer() {
      return nummer;
    }
  }
}
