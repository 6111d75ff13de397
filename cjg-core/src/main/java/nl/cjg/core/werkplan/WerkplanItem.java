package nl.cjg.core.werkplan;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.cjg.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * One topic of a {@link Werkplan}: its number and subject, what it aims at (doel), what it is to
 * deliver (resultaat), how (werkwijze), the planning as a deadline ("Gerealiseerd voor 1 april
 * 2012") and its dated evaluations (Werkplan CJG Bergen 2012, onderwerpen 1–4, each with its evaluation).
 *
 * <p>The status is not stored but follows from the evaluations: the outcome of the latest one that
 * states an outcome, {@link Evaluatie.Voortgang#GEPLAND} before that. Invariants: the number is at least 1
 * (code {@value #NUMMER_CODE}) and the subject is not blank (code {@value #ONDERWERP_CODE}).
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class WerkplanItem {
  WerkplanItem() {}

  /** The code of the rule that an item's number is at least 1. */
  public static final String NUMMER_CODE = "WERKPLANITEM-S01";

  /** The code of the rule that an item has a subject. */
  public static final String ONDERWERP_CODE = "WERKPLANITEM-S02";

  private static final Comparator<Evaluatie> OP_DATUM = Comparator.comparing(Evaluatie::datum);

  /** The number of the topic in its plan, for example 4. */
  public abstract int nummer();

  /** The subject: "Realiseren van bekendheid van het CJG". */
  public abstract String onderwerp();

  /** What the topic aims at. */
  public abstract String doel();

  /** What it is to deliver. */
  public abstract String resultaat();

  /** How the result is to be reached. */
  public abstract String werkwijze();

  /**
   * The planning: the topic is to be realised before this day ("Gerealiseerd voor 1 april 2012"
   * is 1 april 2012). On this day it is overdue unless realised.
   */
  public abstract LocalDate gerealiseerdVoor();

  /** The evaluations of the topic, in the order written. */
  public abstract List<@Valid Evaluatie> evaluaties();

  /**
   * A builder for an item.
   *
   * <p>Required: {@link #nummer()}, {@link #onderwerp()}, {@link #doel()}, {@link #resultaat()},
   * {@link #werkwijze()}, {@link #gerealiseerdVoor()}; every other attribute is optional, a
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
   * Builds a {@link WerkplanItem}; {@link #builder()} names the required attributes. A list or
   * set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableWerkplanItem.Builder {
    Builder() {}
  }

  /** The status after all evaluations: see {@link #statusOp(LocalDate)}. */
  public Evaluatie.Voortgang status() {
    return status(evaluaties());
  }

  /**
   * The status as known on {@code datum}: the outcome of the latest evaluation dated on or before
   * that day that states an outcome (of two on one day, the one written last), otherwise
   * {@link Evaluatie.Voortgang#GEPLAND}.
   *
   * @param datum the day of interest
   * @return the status
   */
  public Evaluatie.Voortgang statusOp(LocalDate datum) {
    return status(evaluaties().stream().filter(evaluatie -> !evaluatie.datum().isAfter(datum)).toList());
  }

  /**
   * Whether the topic is overdue on {@code datum}: the deadline has come and, as far as the
   * evaluations up to that day record, it is not realised.
   *
   * @param datum the day of interest
   * @return true when {@code datum} is not before {@link #gerealiseerdVoor()} and the status on
   *     that day is not {@link Evaluatie.Voortgang#GEREALISEERD}
   */
  public boolean isAchterstalligOp(LocalDate datum) {
    return !datum.isBefore(gerealiseerdVoor()) && statusOp(datum) != Evaluatie.Voortgang.GEREALISEERD;
  }

  private static Evaluatie.Voortgang status(List<Evaluatie> evaluaties) {
    return evaluaties.stream()
        .filter(evaluatie -> evaluatie.uitkomst().isPresent())
        .reduce((eerder, later) -> OP_DATUM.compare(later, eerder) >= 0 ? later : eerder)
        .flatMap(Evaluatie::uitkomst)
        .orElse(Evaluatie.Voortgang.GEPLAND);
  }

  @Value.Check
  void checkItem() {
    InvalidValueException.require(nummer() >= 1, NUMMER_CODE, "an item's number (nummer) is at least 1");
    InvalidValueException.require(!onderwerp().isBlank(), ONDERWERP_CODE, "an item needs a subject (onderwerp)");
  }
}
