package nl.cjg.core.werkplan;

import java.time.LocalDate;
import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * The go/no-go gate at the end of a phase of a plan of approach: the decision and the day it was
 * taken (Plan van aanpak CJG Bergen 2008â2010, "Go/No Go").
 *
 * <p>Invariant (code {@value #DATUM_CODE}): a decided gate (go or no-go) has a date, an undecided
 * gate has none. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class GoNoGo {
  GoNoGo() {}

  /** The code of the rule that a gate has a date exactly when it is decided. */
  public static final String DATUM_CODE = "GONOGO-S01";

  /** The decision. */
  @Value.Parameter
  public abstract Besluit besluit();

  /** The day of the decision; empty while undecided. */
  @Value.Parameter
  public abstract Optional<LocalDate> datum();

  /** Whether the gate is decided, go or no-go. */
  public boolean isBesloten() {
    return besluit() != Besluit.NOG_NIET_BESLOTEN;
  }

  /** A go decided on {@code datum}. */
  public static GoNoGo go(LocalDate datum) {
    return ImmutableGoNoGo.of(Besluit.GO, Optional.of(datum));
  }

  /** A no-go decided on {@code datum}. */
  public static GoNoGo noGo(LocalDate datum) {
    return ImmutableGoNoGo.of(Besluit.NO_GO, Optional.of(datum));
  }

  /** A gate not decided yet. */
  public static GoNoGo nogNietBesloten() {
    return ImmutableGoNoGo.of(Besluit.NOG_NIET_BESLOTEN, Optional.empty());
  }

  /**
   * A builder, for a gate read from data.  @return the builder; {@code build()} throws {@link
   * InvalidValueException} with code {@value #DATUM_CODE} when the date does not fit the decision
   *
   * <p>Required: {@link #besluit()}; every other attribute is optional, a collection that may
   * stay empty, or has a default. {@code build()} throws an {@link IllegalStateException} that
   * names every required attribute not set, and an {@link InvalidValueException} with the rule's
   * code when the value would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link GoNoGo}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableGoNoGo.Builder {
    Builder() {}
  }

  @Value.Check
  void checkDatum() {
    InvalidValueException.require(
        isBesloten() == datum().isPresent(), DATUM_CODE, "a gate has a date (datum) exactly when it is decided (besluit)");
  }

  /** The decision at a go/no-go gate between two phases of a plan of approach (Plan van aanpak CJG Bergen 2008â2010, "Go/No Go"). */
  public enum Besluit {
    /** "Go": the next phase may start. */
    GO,
    /** "No Go": the plan stops here; later phases are blocked. */
    NO_GO,
    /** "nog niet besloten": the gate has not been decided yet. */
    NOG_NIET_BESLOTEN
  }
}
