package nl.cjg.core.overleg;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.tijd.Datumbereik;
import org.immutables.value.Value;

/**
 * The meeting schedule of the case meeting: a first date and a fixed interval ("eens per drie
 * weken", Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de pilot (duur/frequentie)), with days on which no meeting is held.
 *
 * <p>The regular dates are {@code startdatum + k · intervalInDagen} for {@code k = 0, 1, 2, …}. A
 * regular date that is not a working day — a Saturday, a Sunday, or a day within one of the
 * {@link #uitzonderingen()} — is handled by the {@link #uitzonderingsregel()}: by default the
 * meeting is dropped; it can instead move to the next working day. Public holidays are not known
 * to the library: list them as uitzonderingen.
 *
 * <p>Invariant (code {@value #INTERVAL_CODE}): the interval is at least one day. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Vergaderschema {
  Vergaderschema() {}

  /** The code of the rule that the interval is at least one day. */
  public static final String INTERVAL_CODE = "PLANNING-S02";

  /** The interval of the CJG case meeting: every three weeks. */
  public static final int DRIE_WEKEN = 21;

  /** The regular date of the first meeting. */
  public abstract LocalDate startdatum();

  /** The days between two regular meeting dates; by default {@value #DRIE_WEKEN} (every three weeks). */
  @Value.Default
  public int intervalInDagen() {
    return DRIE_WEKEN;
  }

  /** The days on which no meeting is held: school holidays, public holidays, cancelled days. */
  public abstract List<Datumbereik> uitzonderingen();

  /** What happens to a meeting whose regular date is not a working day; by default it is dropped. */
  @Value.Default
  public Uitzonderingsregel uitzonderingsregel() {
    return Uitzonderingsregel.VERVALT;
  }

  /**
   * A schedule of a meeting every three weeks from {@code startdatum}, without uitzonderingen.
   *
   * @param startdatum the regular date of the first meeting
   * @return the schedule
   */
  public static Vergaderschema of(LocalDate startdatum) {
    return builder().startdatum(startdatum).build();
  }

  /**
   * A builder for a schedule.
   *
   * <p>Required: {@link #startdatum()}; every other attribute is optional, a collection that may
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
   * Builds a {@link Vergaderschema}; {@link #builder()} names the required attributes. A list or
   * set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableVergaderschema.Builder {
    Builder() {}
  }

  /**
   * Whether a meeting can be held on {@code datum}: a Monday to Friday outside every uitzondering.
   *
   * @param datum the day
   * @return whether it is a working day of this schedule
   */
  public boolean isWerkdag(LocalDate datum) {
    return !isWeekend(datum) && uitzonderingOp(datum).isEmpty();
  }

  /**
   * The dates on which a meeting is held within {@code periode}, in ascending order, without
   * repeats. A meeting whose regular date lies before the period but that moves into it is
   * included; one that moves out of it is not.
   *
   * @param periode the days asked about
   * @return the meeting dates, each a working day within {@code periode}
   */
  public List<LocalDate> vergaderdata(Datumbereik periode) {
    Objects.requireNonNull(periode, "periode");
    if (periode.eind().isBefore(startdatum())) {
      return List.of();
    }
    List<LocalDate> data = new ArrayList<>();
    long laatste = ChronoUnit.DAYS.between(startdatum(), periode.eind()) / intervalInDagen();
    for (long k = 0; k <= laatste; k++) {
      LocalDate regulier = startdatum().plusDays(k * intervalInDagen());
      Optional<LocalDate> datum = gehouden(regulier, periode.eind());
      if (datum.isPresent()
          && periode.bevat(datum.get())
          && (data.isEmpty() || data.get(data.size() - 1).isBefore(datum.get()))) {
        data.add(datum.get());
      }
    }
    return List.copyOf(data);
  }

  /** The day the meeting of this regular date is held, if it is held on or before {@code grens}. */
  private Optional<LocalDate> gehouden(LocalDate regulier, LocalDate grens) {
    if (isWerkdag(regulier)) {
      return Optional.of(regulier);
    }
    if (uitzonderingsregel() == Uitzonderingsregel.VERVALT) {
      return Optional.empty();
    }
    LocalDate dag = regulier;
    while (!dag.isAfter(grens)) {
      Optional<Datumbereik> uitzondering = uitzonderingOp(dag);
      if (uitzondering.isPresent()) {
        if (!uitzondering.get().eind().isBefore(grens)) {
          return Optional.empty();
        }
        dag = uitzondering.get().eind().plusDays(1);
      } else if (isWeekend(dag)) {
        dag = dag.plusDays(1);
      } else {
        return Optional.of(dag);
      }
    }
    return Optional.empty();
  }

  private Optional<Datumbereik> uitzonderingOp(LocalDate datum) {
    return uitzonderingen().stream().filter(uitzondering -> uitzondering.bevat(datum)).findFirst();
  }

  private static boolean isWeekend(LocalDate datum) {
    return datum.getDayOfWeek() == DayOfWeek.SATURDAY || datum.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  @Value.Check
  void checkInterval() {
    InvalidValueException.require(
        intervalInDagen() >= 1, INTERVAL_CODE, "the interval between meetings (intervalInDagen) must be at least one day");
  }

  /**
   * What happens to a meeting of a {@link Vergaderschema} whose regular date is not a working day:
   * it falls on a Saturday or Sunday, or within one of the schedule's uitzonderingen (a school
   * holiday, a public holiday).
   */
  public enum Uitzonderingsregel {
    /**
     * Vervalt: the meeting is not held. The rhythm is kept, so the next meeting is the next regular
     * one; this is the default, because moving a meeting can put two meetings a few days apart.
     */
    VERVALT,

    /**
     * Volgende werkdag: the meeting moves to the first working day after its regular date (after
     * the holiday). Later meetings keep their regular dates; two meetings that move to the same day
     * are held as one.
     */
    VOLGENDE_WERKDAG
  }
}
