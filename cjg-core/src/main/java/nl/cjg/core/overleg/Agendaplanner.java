package nl.cjg.core.overleg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.tijd.Datumbereik;

/**
 * Plans the agendas of the case meeting: which request is discussed at which meeting, which is
 * redirected within the network, and which is still waiting. A pure function: all dates are
 * arguments, the same input gives the same plan whatever the order of the requests.
 *
 * <p>The meetings are planned one after the other, in date order. For each meeting the waiting
 * requests are taken in planning order ({@link Aanvraag#volgorde()}: urgent first, then the
 * earliest request date, then the kenmerk), and each request in turn:
 * <ol>
 *   <li>is skipped when it was made less than {@link Planningsregels#dagenVoorbereiding()} days
 *       before the meeting: by default a request made on the day of a meeting waits for the next
 *       one, because the team reads the bespreekformulier beforehand (Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de pilot (format));</li>
 *   <li>is redirected ({@link Doorverwijzing.Reden#ELDERS_IN_BEHANDELING}) when its case is treated
 *       elsewhere: the meeting then gives no advice (Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de pilot (aandachtspunten en aanbevelingen));</li>
 *   <li>is redirected ({@link Doorverwijzing.Reden#WACHTTIJD_VERSTREKEN}) when the meeting lies more
 *       than {@link Planningsregels#maximaleWachtdagen()} days after the request;</li>
 *   <li>is skipped when its case may not be discussed at this meeting by {@link
 *       Casusstatus#magWeerGeagendeerd(int)} — a discussed case does not return in the next
 *       meeting (Werkplan CJG Bergen 2012, uitwerking 2, afsprakenlijst), so a new request for it
 *       goes at the earliest to the meeting after next — or is already on this agenda;</li>
 *   <li>is put on the agenda when its expected minutes fit in the minutes left. The first request
 *       on an empty agenda always goes on, even when it takes longer than the whole meeting: it
 *       then has the meeting to itself and the agenda runs over, as the pilot's meetings did
 *       (Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de pilot (duur/frequentie)); nothing else is added to it;</li>
 *   <li>is otherwise passed over: it waits for the next meeting, or is redirected
 *       ({@link Doorverwijzing.Reden#TE_VAAK_UITGESTELD}) once it has been passed over
 *       {@link Planningsregels#maximaalUitgesteld()} times.</li>
 * </ol>
 * A request that does not fit is passed over, but a later, shorter one may still fill the minutes
 * left. Requests never get lost: after the last meeting, what was neither discussed nor redirected
 * is returned as waiting. This class is stateless and thread-safe.
 */
public final class Agendaplanner {
  private Agendaplanner() {}

  /**
   * Plans the requests over the meetings that {@code schema} holds within {@code periode}.
   *
   * @param schema the meeting schedule
   * @param periode the days to plan
   * @param aanvragen the requests, in any order
   * @param regels the planning rules
   * @return the agendas, the redirected and the waiting requests
   */
  public static Agendaplanning plan(
      Vergaderschema schema, Datumbereik periode, Collection<Aanvraag> aanvragen, Planningsregels regels) {
    return plan(schema.vergaderdata(periode), aanvragen, regels);
  }

  /**
   * Plans the requests over the meetings on {@code vergaderdata}.
   *
   * @param vergaderdata the meeting dates, in any order; a date given twice is one meeting
   * @param aanvragen the requests, in any order
   * @param regels the planning rules
   * @return one agenda per meeting date, the redirected and the waiting requests
   */
  public static Agendaplanning plan(
      Collection<LocalDate> vergaderdata, Collection<Aanvraag> aanvragen, Planningsregels regels) {
    Objects.requireNonNull(vergaderdata, "vergaderdata");
    Objects.requireNonNull(aanvragen, "aanvragen");
    Objects.requireNonNull(regels, "regels");
    List<Wachtend> wachtrij = new ArrayList<>();
    aanvragen.stream().sorted(Aanvraag.volgorde()).forEach(aanvraag -> wachtrij.add(new Wachtend(aanvraag)));
    Agendaplanning.Builder planning = Agendaplanning.builder();
    Map<String, Integer> besprokenOp = new HashMap<>();
    int overleg = 0;
    for (LocalDate datum : new TreeSet<>(vergaderdata)) {
      Agenda agenda = vulAgenda(datum, wachtrij, besprokenOp, overleg, regels, planning);
      planning.addAgenda(agenda);
      for (Aanvraag punt : agenda.punten()) {
        besprokenOp.put(punt.kenmerk(), overleg);
      }
      overleg++;
    }
    wachtrij.forEach(wachtend -> planning.addWachtend(wachtend.aanvraag));
    return planning.build();
  }

  /** Fills the agenda of one meeting from the queue; takes out what is discussed or redirected. */
  private static Agenda vulAgenda(
      LocalDate datum,
      List<Wachtend> wachtrij,
      Map<String, Integer> besprokenOp,
      int overleg,
      Planningsregels regels,
      Agendaplanning.Builder planning) {
    Agenda.Builder agenda = Agenda.builder().datum(datum).geplandeMinuten(regels.minutenPerOverleg());
    Set<String> geagendeerd = new HashSet<>();
    long gebruikt = 0;
    Iterator<Wachtend> iterator = wachtrij.iterator();
    while (iterator.hasNext()) {
      Wachtend wachtend = iterator.next();
      Aanvraag aanvraag = wachtend.aanvraag;
      if (datum.isBefore(aanvraag.aanvraagdatum().plusDays(regels.dagenVoorbereiding()))) {
        continue;
      }
      Optional<Doorverwijzing.Reden> reden = doorverwijsredenVooraf(aanvraag, datum, regels);
      if (reden.isPresent()) {
        planning.addDoorverwezen(Doorverwijzing.of(aanvraag, reden.get(), datum));
        iterator.remove();
      } else if (!magBesprokenWorden(aanvraag.kenmerk(), besprokenOp, overleg) || geagendeerd.contains(aanvraag.kenmerk())) {
        continue;
      } else if (geagendeerd.isEmpty() || gebruikt + aanvraag.verwachteMinuten() <= regels.minutenPerOverleg()) {
        agenda.addPunten(aanvraag);
        geagendeerd.add(aanvraag.kenmerk());
        gebruikt += aanvraag.verwachteMinuten();
        iterator.remove();
      } else {
        wachtend.uitgesteld++;
        if (regels.maximaalUitgesteld().map(maximum -> wachtend.uitgesteld >= maximum).orElse(false)) {
          planning.addDoorverwezen(Doorverwijzing.of(aanvraag, Doorverwijzing.Reden.TE_VAAK_UITGESTELD, datum));
          iterator.remove();
        }
      }
    }
    return agenda.build();
  }

  /** Why a request that is in time for the meeting of {@code datum} is redirected before it is considered. */
  private static Optional<Doorverwijzing.Reden> doorverwijsredenVooraf(
      Aanvraag aanvraag, LocalDate datum, Planningsregels regels) {
    if (aanvraag.eldersInBehandeling()) {
      return Optional.of(Doorverwijzing.Reden.ELDERS_IN_BEHANDELING);
    }
    boolean teLaat =
        regels.maximaleWachtdagen()
            .map(maximum -> datum.isAfter(aanvraag.aanvraagdatum().plusDays(maximum)))
            .orElse(false);
    return teLaat ? Optional.of(Doorverwijzing.Reden.WACHTTIJD_VERSTREKEN) : Optional.empty();
  }

  /** Whether the case may be discussed at the meeting numbered {@code overleg}, given where it was discussed last. */
  private static boolean magBesprokenWorden(String kenmerk, Map<String, Integer> besprokenOp, int overleg) {
    Integer laatst = besprokenOp.get(kenmerk);
    return laatst == null || Casusstatus.magWeerGeagendeerd(overleg - laatst);
  }

  /** A request in the queue, with the number of meetings it was passed over for lack of time. */
  private static final class Wachtend {
    private final Aanvraag aanvraag;
    private int uitgesteld;

    private Wachtend(Aanvraag aanvraag) {
      this.aanvraag = aanvraag;
    }
  }
}
