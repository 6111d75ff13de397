package nl.cjg.core.stats.operational;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.casus.Statusgeschiedenis;
import nl.cjg.core.overleg.Aanvraag;
import nl.cjg.core.overleg.Agenda;
import nl.cjg.core.overleg.Agendaplanning;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.stats.DisclosureControl;
import nl.cjg.core.stats.Rate;

import nl.cjg.core.stats.table.PublishedTable;
import org.immutables.value.Value;

/**
 * The figures of the case meeting, as the pilot evaluation gives them (Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de pilot): "De
 * pilotperiode (5 casusoverleggen) heeft geleid tot 11 verzoeken om een casus te bespreken", fewer
 * discussed, "alle verzoeken ... op een andere manier binnen het netwerk uitgezet"; planned at one
 * and a half hours, every meeting ran "ruim een half tot een uur langer".
 *
 * <p>Counted from records:
 *
 * <ul>
 *   <li>a {@link Casusoverleg} is a meeting: its planned minutes, the minutes spent once it was
 *       held (then its overrun: spent minus planned), and per case whether the parents were
 *       present, as far as recorded;
 *   <li>a {@link Casus} is a request (aanvraag): it is discussed (besproken) when its status
 *       history reached {@link Casusstatus#BESPROKEN}, then counted with or without consent, and
 *       redirected (doorverwezen) when its current status is {@link Casusstatus#DOORVERWEZEN} — a
 *       case discussed and then referred elsewhere counts as both;
 *   <li>an {@link Agendaplanning} gives the meetings it planned with their planned minutes, its
 *       requests (on an agenda, redirected or waiting), those on an agenda as discussed and those
 *       redirected, and whether the parents or young person will be present; it says nothing of
 *       consent or of minutes spent. Keep the figures of a planning apart from those of held
 *       meetings, as {@link OperationalFigures} does, or the same requests count twice.
 * </ul>
 *
 * <p>An accumulator: {@link #empty()} is the identity of {@link #merge}, which is associative and
 * commutative. Invariants: counts and minutes are not negative (code {@value #NEGATIVE_CODE}); the
 * smallest and largest overrun are present exactly when a held meeting is counted, the smallest not
 * above the largest (code {@value #OVERRUN_CODE}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class MeetingFigures {
  MeetingFigures() {}

  /** The code of the rule that counts and minutes are not negative. */
  public static final String NEGATIVE_CODE = "MEETINGFIGURES-S01";

  /** The code of the rule that the overrun range is present exactly for held meetings, in order. */
  public static final String OVERRUN_CODE = "MEETINGFIGURES-S02";

  private static final MeetingFigures EMPTY =
      builder()
          .overleggen(0)
          .aanvragen(0)
          .besproken(0)
          .doorverwezen(0)
          .toestemmingBijBesproken(Rate.empty(Rate.Kind.AANDEEL))
          .oudersAanwezig(Rate.empty(Rate.Kind.AANDEEL))
          .geplandeMinuten(0)
          .gehoudenOverleggen(0)
          .geplandeMinutenGehouden(0)
          .bestedeMinuten(0)
          .build();

  /** The number of meetings. */
  public abstract long overleggen();

  /** The number of requests to discuss a case. */
  public abstract long aanvragen();

  /** The number of requests discussed. */
  public abstract long besproken();

  /** The number of requests redirected within the network. */
  public abstract long doorverwezen();

  /** Of the cases discussed, those with consent (undefined when none is known). */
  public abstract Rate toestemmingBijBesproken();

  /** Of the cases whose presence of parents was recorded, those where they were present. */
  public abstract Rate oudersAanwezig();

  /** The minutes planned for all meetings. */
  public abstract long geplandeMinuten();

  /** The number of meetings with their minutes spent recorded: those held. */
  public abstract long gehoudenOverleggen();

  /** The minutes planned for the meetings held. */
  public abstract long geplandeMinutenGehouden();

  /** The minutes spent in the meetings held. */
  public abstract long bestedeMinuten();

  /** The smallest overrun of a held meeting, in minutes; negative when it ended early. */
  public abstract Optional<Long> kleinsteOverschrijding();

  /** The largest overrun of a held meeting, in minutes; negative when all ended early. */
  public abstract Optional<Long> grootsteOverschrijding();

  /**
   * A builder, for figures read back from storage.
   *
   * <p>Required: {@link #overleggen()}, {@link #aanvragen()}, {@link #besproken()}, {@link
   * #doorverwezen()}, {@link #toestemmingBijBesproken()}, {@link #oudersAanwezig()}, {@link
   * #geplandeMinuten()}, {@link #gehoudenOverleggen()}, {@link #geplandeMinutenGehouden()},
   * {@link #bestedeMinuten()}; every other attribute is optional, a collection that may stay
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
   * Builds a {@link MeetingFigures}; {@link #builder()} names the required attributes. A list or
   * set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableMeetingFigures.Builder {
    Builder() {}
  }

  /** Nothing counted yet: the identity of {@link #merge}. */
  public static MeetingFigures empty() {
    return EMPTY;
  }

  /**
   * These figures with one meeting more.
   *
   * @param overleg the meeting
   * @return the new figures
   */
  public MeetingFigures add(Casusoverleg overleg) {
    long aanwezig = overleg.oudersAanwezig().values().stream().filter(Boolean::booleanValue).count();
    ImmutableMeetingFigures.Builder meeting =
        builder()
            .from(EMPTY)
            .overleggen(1)
            .geplandeMinuten(overleg.geplandeMinuten())
            .oudersAanwezig(Rate.aandeel(aanwezig, overleg.oudersAanwezig().size()));
    overleg.bestedeMinuten().ifPresent(besteed -> {
      long overschrijding = (long) besteed - overleg.geplandeMinuten();
      meeting
          .gehoudenOverleggen(1)
          .geplandeMinutenGehouden(overleg.geplandeMinuten())
          .bestedeMinuten(besteed)
          .kleinsteOverschrijding(overschrijding)
          .grootsteOverschrijding(overschrijding);
    });
    return merge(meeting.build());
  }

  /**
   * These figures with one request more.
   *
   * @param casus the case requested
   * @return the new figures
   */
  public MeetingFigures add(Casus casus) {
    boolean besproken =
        casus.statusgeschiedenis().wijzigingen().stream()
            .map(Statusgeschiedenis.Wijziging::status)
            .anyMatch(status -> status == Casusstatus.BESPROKEN);
    return merge(
        builder()
            .from(EMPTY)
            .aanvragen(1)
            .besproken(besproken ? 1 : 0)
            .doorverwezen(casus.statusgeschiedenis().huidigeStatus() == Casusstatus.DOORVERWEZEN ? 1 : 0)
            .toestemmingBijBesproken(
                besproken
                    ? Rate.aandeel(casus.toestemming().metToestemming() ? 1 : 0, 1)
                    : Rate.empty(Rate.Kind.AANDEEL))
            .build());
  }

  /**
   * These figures with a planning's meetings and requests more.
   *
   * @param planning the planning
   * @return the new figures
   */
  public MeetingFigures add(Agendaplanning planning) {
    long behandeld = planning.behandeld().size();
    long aanwezig = planning.behandeld().stream().filter(Aanvraag::ouderOfJongereAanwezig).count();
    return merge(
        builder()
            .from(EMPTY)
            .overleggen(planning.agendas().size())
            .aanvragen(behandeld + planning.doorverwezen().size() + planning.wachtend().size())
            .besproken(behandeld)
            .doorverwezen(planning.doorverwezen().size())
            .oudersAanwezig(Rate.aandeel(aanwezig, behandeld))
            .geplandeMinuten(planning.agendas().stream().mapToLong(Agenda::geplandeMinuten).sum())
            .build());
  }

  /**
   * The figures of two disjoint sets of records together.
   *
   * @param other the other figures
   * @return the merged figures
   */
  public MeetingFigures merge(MeetingFigures other) {
    return builder()
        .overleggen(Math.addExact(overleggen(), other.overleggen()))
        .aanvragen(Math.addExact(aanvragen(), other.aanvragen()))
        .besproken(Math.addExact(besproken(), other.besproken()))
        .doorverwezen(Math.addExact(doorverwezen(), other.doorverwezen()))
        .toestemmingBijBesproken(toestemmingBijBesproken().merge(other.toestemmingBijBesproken()))
        .oudersAanwezig(oudersAanwezig().merge(other.oudersAanwezig()))
        .geplandeMinuten(Math.addExact(geplandeMinuten(), other.geplandeMinuten()))
        .gehoudenOverleggen(Math.addExact(gehoudenOverleggen(), other.gehoudenOverleggen()))
        .geplandeMinutenGehouden(Math.addExact(geplandeMinutenGehouden(), other.geplandeMinutenGehouden()))
        .bestedeMinuten(Math.addExact(bestedeMinuten(), other.bestedeMinuten()))
        .kleinsteOverschrijding(extreme(kleinsteOverschrijding(), other.kleinsteOverschrijding(), true))
        .grootsteOverschrijding(extreme(grootsteOverschrijding(), other.grootsteOverschrijding(), false))
        .build();
  }

  /** Requests per meeting, a ratio: 11 requests in 5 meetings is 2.2. Undefined without meetings. */
  public Rate aanvragenPerOverleg() {
    return Rate.verhouding(aanvragen(), overleggen());
  }

  /**
   * The minutes spent against the minutes planned, over the meetings held, as a realisation that may
   * exceed 100%. Undefined when none was held.
   */
  public Rate bestedTegenGepland() {
    return Rate.realisatie(bestedeMinuten(), geplandeMinutenGehouden());
  }

  /** The minutes the meetings held ran over their plan together; negative when they ended early. */
  public long overschrijding() {
    return bestedeMinuten() - geplandeMinutenGehouden();
  }

  /**
   * The average overrun of a meeting held, in minutes, rounded half up.
   *
   * @param decimals the number of decimals, at least 0
   * @return the average; empty when no meeting was held
   */
  public Optional<BigDecimal> overschrijdingPerOverleg(int decimals) {
    if (decimals < 0) {
      throw new IllegalArgumentException("the number of decimals cannot be negative");
    }
    return gehoudenOverleggen() == 0
        ? Optional.empty()
        : Optional.of(
            BigDecimal.valueOf(overschrijding())
                .divide(BigDecimal.valueOf(gehoudenOverleggen()), decimals, RoundingMode.HALF_UP));
  }

  /**
   * The figures for publication, protected by {@link DisclosureControl#standard()}.
   *
   * @return the table
   * @see #publish(DisclosureControl)
   */
  public PublishedTable publish() {
    return publish(DisclosureControl.standard());
  }

  /**
   * The figures for publication as a table {@code Kengetal | Waarde}. Counts of requests are
   * protected by {@code control} (primary suppression and rounding: nothing in the table sums), and
   * a figure computed from a suppressed count is withheld; meetings and minutes are not about
   * persons and are shown as they are. Shares are percentages with one decimal.
   *
   * @param control the disclosure control; {@link DisclosureControl#internalUseOnly()} to opt out
   * @return the table
   */
  public PublishedTable publish(DisclosureControl control) {
    return new KeyFigureTable(control)
        .figure("Casusoverleggen", overleggen())
        .count("Aanvragen", aanvragen())
        .ratio("Aanvragen per overleg", aanvragenPerOverleg(), 1)
        .count("Besproken", besproken())
        .count("Doorverwezen", doorverwezen())
        .percentage("Besproken met toestemming (%)", toestemmingBijBesproken(), 1)
        .percentage("Ouders aanwezig (%)", oudersAanwezig(), 1)
        .figure("Minuten gepland", geplandeMinuten())
        .figure("Gehouden overleggen", gehoudenOverleggen())
        .figure("Minuten gepland (gehouden)", geplandeMinutenGehouden())
        .figure("Minuten besteed", bestedeMinuten())
        .realisation("Besteed t.o.v. gepland (%)", bestedTegenGepland(), 1)
        .build();
  }

  private static Optional<Long> extreme(Optional<Long> left, Optional<Long> right, boolean smallest) {
    if (left.isEmpty() || right.isEmpty()) {
      return left.isPresent() ? left : right;
    }
    return Optional.of(smallest ? Math.min(left.get(), right.get()) : Math.max(left.get(), right.get()));
  }

  @Value.Check
  void checkFigures() {
    InvalidValueException.require(
        overleggen() >= 0
            && aanvragen() >= 0
            && besproken() >= 0
            && doorverwezen() >= 0
            && geplandeMinuten() >= 0
            && gehoudenOverleggen() >= 0
            && geplandeMinutenGehouden() >= 0
            && bestedeMinuten() >= 0,
        NEGATIVE_CODE,
        "counts and minutes of meetings (overleggen, aanvragen, besproken, doorverwezen, minuten) cannot be negative");
    boolean gehouden = gehoudenOverleggen() > 0;
    InvalidValueException.require(
        kleinsteOverschrijding().isPresent() == gehouden
            && grootsteOverschrijding().isPresent() == gehouden
            && (!gehouden || kleinsteOverschrijding().get() <= grootsteOverschrijding().get()),
        OVERRUN_CODE,
        "the smallest and largest overrun (kleinsteOverschrijding, grootsteOverschrijding) are given exactly for held meetings, in order");
  }
}
