package nl.cjg.core.overleg;

import java.util.Optional;
import org.immutables.value.Value;
import nl.cjg.core.InvalidValueException;

/**
 * The rules by which {@link Agendaplanner} fills the agendas of the case meeting: the minutes
 * planned per meeting, how long before a meeting a request must be in, and how long a request may
 * wait before it is redirected within the network.
 *
 * <p>By default a meeting is planned at 90 minutes ("anderhalf uur", Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de pilot (duur/frequentie)), a request
 * must be in the day before the meeting (the bespreekformulier is read beforehand, Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de pilot (format)),
 * and a request waits without limit until it fits.
 *
 * <p>Invariants: at least one minute per meeting (code {@value #MINUTES_CODE}); no negative
 * preparation time (code {@value #PREPARATION_CODE}); a request may be passed over at least once
 * before it is redirected (code {@value #PASSED_OVER_CODE}); the longest wait is not shorter than
 * the preparation time (code {@value #WAIT_CODE}), else every request would be redirected unseen.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Planningsregels {
  Planningsregels() {}

  /** The code of the rule that a meeting is planned at one minute or more. */
  public static final String MINUTES_CODE = "PLANNING-S05";

  /** The code of the rule that the preparation time is not negative. */
  public static final String PREPARATION_CODE = "PLANNING-S06";

  /** The code of the rule that a request may be passed over at least once. */
  public static final String PASSED_OVER_CODE = "PLANNING-S07";

  /** The code of the rule that the longest wait is not shorter than the preparation time. */
  public static final String WAIT_CODE = "PLANNING-S08";

  /** The minutes planned per meeting in the pilot: one and a half hours. */
  public static final int ANDERHALF_UUR = 90;

  /** The minutes planned per meeting; by default {@value #ANDERHALF_UUR}. */
  @Value.Default
  public int minutenPerOverleg() {
    return ANDERHALF_UUR;
  }

  /**
   * How many days before a meeting a request must have been made to be on its agenda; by default
   * 1, so a request made on the day of a meeting waits for the next one. With 0 a request can be
   * discussed on the day it is made.
   */
  @Value.Default
  public int dagenVoorbereiding() {
    return 1;
  }

  /**
   * How many meetings a request may be passed over for lack of time before it is redirected within
   * the network; empty (the default) for no limit. Only meetings the request could have been on
   * count: not those before it was in, nor the meeting right after its case was discussed.
   */
  public abstract Optional<Integer> maximaalUitgesteld();

  /**
   * The most days between a request and the meeting that discusses it; a request that would wait
   * longer is redirected within the network. Empty (the default) for no limit.
   */
  public abstract Optional<Integer> maximaleWachtdagen();

  /** The rules of the pilot's defaults: 90 minutes, one day of preparation, no wait limit. */
  public static Planningsregels standaard() {
    return builder().build();
  }

  /**
   * A builder for planning rules.
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
   * Builds a {@link Planningsregels}; {@link #builder()} names the required attributes. A list or
   * set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutablePlanningsregels.Builder {
    Builder() {}
  }

  @Value.Check
  void checkMinutes() {
    InvalidValueException.require(
        minutenPerOverleg() >= 1, MINUTES_CODE, "the minutes per meeting (minutenPerOverleg) must be at least 1");
  }

  @Value.Check
  void checkPreparation() {
    InvalidValueException.require(
        dagenVoorbereiding() >= 0, PREPARATION_CODE, "the preparation time (dagenVoorbereiding) cannot be negative");
  }

  @Value.Check
  void checkPassedOver() {
    InvalidValueException.require(
        maximaalUitgesteld().map(maximum -> maximum >= 1).orElse(true),
        PASSED_OVER_CODE,
        "the number of meetings a request may be passed over (maximaalUitgesteld) must be at least 1");
  }

  @Value.Check
  void checkWait() {
    InvalidValueException.require(
        maximaleWachtdagen().map(maximum -> maximum >= dagenVoorbereiding()).orElse(true),
        WAIT_CODE,
        "the longest wait (maximaleWachtdagen) cannot be shorter than the preparation time (dagenVoorbereiding)");
  }
}
