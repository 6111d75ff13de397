package nl.cjg.core.casus;

import java.time.LocalDate;
import java.util.List;
import nl.cjg.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * The status history of a case: every status it reached, in order, each with its date.
 *
 * <p>Invariants: the history starts with {@link Casusstatus#AANGEMELD} (code
 * {@value #START_CODE}); each step is allowed by {@link Casusstatus#kanOvergaanNaar} (code
 * {@value #TRANSITION_CODE}); dates do not decrease (code {@value #DATE_ORDER_CODE}). A discussed
 * case may go back to the agenda; that it does not do so at the very next meeting is the one rule
 * {@link Casusstatus#magWeerGeagendeerd(int)}, which needs the meeting dates: the agenda planner
 * applies it when planning, the dataset rule {@code DATASET-006} to recorded meetings. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Statusgeschiedenis {
  Statusgeschiedenis() {}

  /** The code of the rule that a history starts with aangemeld. */
  public static final String START_CODE = "STATUSGESCHIEDENIS-S01";

  /** The code of the rule that every step is an allowed transition. */
  public static final String TRANSITION_CODE = "STATUSGESCHIEDENIS-S02";

  /** The code of the rule that the dates of the steps do not decrease. */
  public static final String DATE_ORDER_CODE = "STATUSGESCHIEDENIS-S03";

  /** The steps, oldest first. */
  public abstract List<Wijziging> wijzigingen();

  /**
   * The history of a case requested on {@code datum}.
   *
   * @param datum the date of the request
   * @return a history with the single step aangemeld
   */
  public static Statusgeschiedenis aangemeld(LocalDate datum) {
    return ImmutableStatusgeschiedenis.builder().addWijziging(Wijziging.of(Casusstatus.AANGEMELD, datum)).build();
  }

  /**
   * A builder for a history, for reading a recorded one step by step.
   *
   * <p>Nothing is required: every attribute is optional, a collection that may stay empty, or has
   * a default. {@code build()} throws an {@link IllegalStateException} that names every required
   * attribute not set, and an {@link InvalidValueException} with the rule's code when the value
   * would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Statusgeschiedenis}; {@link #builder()} names the required attributes. A list
   * or set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableStatusgeschiedenis.Builder {
    Builder() {}
  }

  /**
   * This history with one step more.
   *
   * @param status the status reached
   * @param datum the date, not before the last step's
   * @return the longer history
   * @throws InvalidValueException when the step is not allowed or goes back in time
   */
  public Statusgeschiedenis met(Casusstatus status, LocalDate datum) {
    return ImmutableStatusgeschiedenis.builder()
        .addAllWijzigingen(wijzigingen())
        .addWijziging(Wijziging.of(status, datum))
        .build();
  }

  /** The status reached last. */
  public Casusstatus huidigeStatus() {
    return wijzigingen().get(wijzigingen().size() - 1).status();
  }

  @Value.Check
  void checkSteps() {
    List<Wijziging> steps = wijzigingen();
    InvalidValueException.require(
        !steps.isEmpty() && steps.get(0).status() == Casusstatus.AANGEMELD,
        START_CODE,
        "a status history (wijzigingen) starts with aangemeld");
    for (int i = 1; i < steps.size(); i++) {
      Wijziging before = steps.get(i - 1);
      Wijziging after = steps.get(i);
      InvalidValueException.require(
          before.status().kanOvergaanNaar(after.status()),
          TRANSITION_CODE,
          "a case cannot go from " + before.status() + " to " + after.status() + " (wijzigingen)");
      InvalidValueException.require(
          !after.datum().isBefore(before.datum()),
          DATE_ORDER_CODE,
          "the dates of a status history (wijzigingen) cannot decrease");
    }
  }

  /** One step of a case's {@link Statusgeschiedenis}: the status reached and the date. Immutable and thread-safe. */
  @Value.Immutable
  public abstract static class Wijziging {
    Wijziging() {}

    /** The status reached. */
    @Value.Parameter
    public abstract Casusstatus status();

    /** The date it was reached. */
    @Value.Parameter
    public abstract LocalDate datum();

    /**
     * The step to {@code status} on {@code datum}.
     *
     * @param status the status reached
     * @param datum the date
     * @return the step
     */
    public static Wijziging of(Casusstatus status, LocalDate datum) {
      return ImmutableWijziging.of(status, datum);
    }

    /**
     * A builder.
     *
     * <p>Required: {@link #status()}, {@link #datum()}; every other attribute is optional, a
     * collection that may stay empty, or has a default. {@code build()} throws an {@link
     * IllegalStateException} that names every required attribute not set.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link Wijziging}; {@link #builder()} names the required attributes. A list or
     * set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
     * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
     * the value itself or an {@code Optional}. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableWijziging.Builder {
      Builder() {}
    }
  }
}
