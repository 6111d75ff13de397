package nl.cjg.core.overleg;

import nl.cjg.core.tijd.Datumbereik;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaplannerTest {
  private static final LocalDate M1 = LocalDate.of(2012, 3, 6);
  private static final LocalDate M2 = LocalDate.of(2012, 3, 27);
  private static final LocalDate M3 = LocalDate.of(2012, 4, 17);
  private static final LocalDate M4 = LocalDate.of(2012, 5, 8);
  private static final LocalDate M5 = LocalDate.of(2012, 5, 29);

  /** The pilot: five meetings every three weeks before the June 2012 evaluation (Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de pilot (overige evaluatiepunten)). */
  private static final Vergaderschema PILOT = Vergaderschema.of(M1);
  private static final Datumbereik VOOR_EVALUATIE = Datumbereik.of(LocalDate.of(2012, 3, 1), LocalDate.of(2012, 6, 15));

  // The pilot's eleven requests: 45 minutes for a case discussed without the family, 60 when the
  // parents or the young person join, 30 for a short question or a follow-up.
  private static final Aanvraag A001 = aanvraag("CJG-2012-001", 2, 20, 45);
  private static final Aanvraag A002 = metOuders(aanvraag("CJG-2012-002", 2, 28, 60));
  private static final Aanvraag A003 = spoed(aanvraag("CJG-2012-003", 3, 1, 45));
  private static final Aanvraag A004 = metOuders(aanvraag("CJG-2012-004", 3, 12, 60));
  private static final Aanvraag A005 = aanvraag("CJG-2012-005", 3, 20, 30);
  private static final Aanvraag A001_OPNIEUW = aanvraag("CJG-2012-001", 3, 15, 30);
  private static final Aanvraag A007 =
      Aanvraag.builder().from(aanvraag("CJG-2012-007", 4, 2, 45)).eldersInBehandeling(true).build();
  private static final Aanvraag A008 = metOuders(aanvraag("CJG-2012-008", 4, 10, 60));
  /** Made on the day of the third meeting. */
  private static final Aanvraag A009 = aanvraag("CJG-2012-009", 4, 17, 45);
  private static final Aanvraag A010 = spoed(metOuders(aanvraag("CJG-2012-010", 4, 25, 60)));
  private static final Aanvraag A011 = aanvraag("CJG-2012-011", 5, 10, 45);

  private static final List<Aanvraag> PILOTAANVRAGEN =
      List.of(A001, A002, A003, A004, A005, A001_OPNIEUW, A007, A008, A009, A010, A011);

  private static Aanvraag aanvraag(String kenmerk, int maand, int dag, int minuten) {
    return Aanvraag.builder()
        .kenmerk(kenmerk)
        .aanvraagdatum(LocalDate.of(2012, maand, dag))
        .verwachteMinuten(minuten)
        .build();
  }

  private static Aanvraag metOuders(Aanvraag aanvraag) {
    return Aanvraag.builder().from(aanvraag).ouderOfJongereAanwezig(true).build();
  }

  private static Aanvraag spoed(Aanvraag aanvraag) {
    return Aanvraag.builder().from(aanvraag).prioriteit(Aanvraag.Prioriteit.SPOED).build();
  }

  private static Agenda agenda(LocalDate datum, Aanvraag... punten) {
    return Agenda.builder().datum(datum).geplandeMinuten(90).addPunten(punten).build();
  }

  @Test
  void thePilotWithRedirectionAfterOneMeeting() {
    Planningsregels regels = Planningsregels.builder().maximaalUitgesteld(1).build();
    Agendaplanning planning = Agendaplanner.plan(PILOT, VOOR_EVALUATIE, PILOTAANVRAGEN, regels);

    assertEquals(
        List.of(
            agenda(M1, A003, A001),
            agenda(M2, A004, A005),
            agenda(M3, A001_OPNIEUW, A008),
            agenda(M4, A010),
            agenda(M5, A011)),
        planning.agendas());
    assertEquals(
        List.of(
            Doorverwijzing.of(A002, Doorverwijzing.Reden.TE_VAAK_UITGESTELD, M1),
            Doorverwijzing.of(A007, Doorverwijzing.Reden.ELDERS_IN_BEHANDELING, M3),
            Doorverwijzing.of(A009, Doorverwijzing.Reden.TE_VAAK_UITGESTELD, M4)),
        planning.doorverwezen());
    assertEquals(List.of(), planning.wachtend());

    // Fewer requests discussed than made; all others taken up within the network (Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de pilot (overige evaluatiepunten)).
    assertEquals(8, planning.behandeld().size());
    assertEquals(List.of(90, 90, 90, 60, 45), planning.agendas().stream().map(Agenda::minutenGebruikt).toList());
    assertEquals(List.of(0, 0, 0, 30, 45), planning.agendas().stream().map(Agenda::minutenOver).toList());
    assertEquals(3, planning.behandeld().stream().filter(Aanvraag::ouderOfJongereAanwezig).count());
  }

  @Test
  void thePilotWithoutAWaitLimit() {
    Agendaplanning planning =
        Agendaplanner.plan(PILOT, VOOR_EVALUATIE, PILOTAANVRAGEN, Planningsregels.standaard());

    assertEquals(
        List.of(
            agenda(M1, A003, A001),
            agenda(M2, A002, A005),
            agenda(M3, A004, A001_OPNIEUW),
            agenda(M4, A010),
            agenda(M5, A008)),
        planning.agendas());
    assertEquals(
        List.of(Doorverwijzing.of(A007, Doorverwijzing.Reden.ELDERS_IN_BEHANDELING, M3)), planning.doorverwezen());
    assertEquals(List.of(A009, A011), planning.wachtend());
  }

  @Test
  void aDiscussedCaseDoesNotReturnInTheNextMeeting() {
    Aanvraag eerste = aanvraag("CJG-2012-020", 2, 1, 30);
    Aanvraag tweede = aanvraag("CJG-2012-020", 2, 2, 30);
    Agendaplanning planning = Agendaplanner.plan(List.of(M1, M2, M3), List.of(tweede, eerste), Planningsregels.standaard());
    assertEquals(List.of(agenda(M1, eerste), agenda(M2), agenda(M3, tweede)), planning.agendas());
  }

  @Test
  void aRequestMadeOnTheDayOfAMeetingWaitsForTheNextOneByDefault() {
    Aanvraag vandaag = aanvraag("CJG-2012-021", 3, 6, 45);
    assertEquals(
        List.of(agenda(M1), agenda(M2, vandaag)),
        Agendaplanner.plan(List.of(M1, M2), List.of(vandaag), Planningsregels.standaard()).agendas());
    Planningsregels zonderVoorbereiding = Planningsregels.builder().dagenVoorbereiding(0).build();
    assertEquals(
        List.of(agenda(M1, vandaag), agenda(M2)),
        Agendaplanner.plan(List.of(M1, M2), List.of(vandaag), zonderVoorbereiding).agendas());
  }

  @Test
  void aRequestLongerThanAMeetingHasAMeetingToItself() {
    Aanvraag lang = aanvraag("CJG-2012-030", 2, 1, 120);
    Aanvraag kort = aanvraag("CJG-2012-031", 2, 2, 30);
    Agendaplanning planning = Agendaplanner.plan(List.of(M1, M2), List.of(kort, lang), Planningsregels.standaard());
    assertEquals(List.of(agenda(M1, lang), agenda(M2, kort)), planning.agendas());
    assertEquals(30, planning.agendas().get(0).overschrijding());
    assertEquals(0, planning.agendas().get(0).minutenOver());
  }

  @Test
  void aRequestLongerThanAMeetingWaitsForAnEmptyAgenda() {
    Aanvraag urgent = spoed(aanvraag("CJG-2012-032", 2, 5, 30));
    Aanvraag lang = aanvraag("CJG-2012-030", 2, 1, 120);
    Aanvraag kort = aanvraag("CJG-2012-031", 2, 2, 30);
    Agendaplanning planning =
        Agendaplanner.plan(List.of(M1, M2), List.of(kort, lang, urgent), Planningsregels.standaard());
    assertEquals(List.of(agenda(M1, urgent, kort), agenda(M2, lang)), planning.agendas());
  }

  @Test
  void aShorterLaterRequestFillsTheMinutesLeft() {
    Aanvraag zestig = aanvraag("CJG-2012-040", 2, 1, 60);
    Aanvraag vijfenveertig = aanvraag("CJG-2012-041", 2, 2, 45);
    Aanvraag dertig = aanvraag("CJG-2012-042", 2, 3, 30);
    Agendaplanning planning =
        Agendaplanner.plan(List.of(M1, M2), List.of(dertig, vijfenveertig, zestig), Planningsregels.standaard());
    assertEquals(List.of(agenda(M1, zestig, dertig), agenda(M2, vijfenveertig)), planning.agendas());
  }

  @Test
  void equalDatesAreOrderedByKenmerk() {
    Aanvraag b = aanvraag("CJG-2012-B", 2, 1, 60);
    Aanvraag a = aanvraag("CJG-2012-A", 2, 1, 60);
    assertEquals(
        List.of(agenda(M1, a), agenda(M2, b)),
        Agendaplanner.plan(List.of(M2, M1), List.of(b, a), Planningsregels.standaard()).agendas());
  }

  @Test
  void aRequestThatWouldWaitTooLongIsRedirected() {
    Aanvraag vijftienDagen = aanvraag("CJG-2012-050", 3, 12, 45);
    Aanvraag veertienDagen = aanvraag("CJG-2012-051", 3, 13, 45);
    Planningsregels tweeWeken = Planningsregels.builder().maximaleWachtdagen(14).build();
    Agendaplanning planning = Agendaplanner.plan(List.of(M1, M2), List.of(veertienDagen, vijftienDagen), tweeWeken);
    assertEquals(List.of(agenda(M1), agenda(M2, veertienDagen)), planning.agendas());
    assertEquals(
        List.of(Doorverwijzing.of(vijftienDagen, Doorverwijzing.Reden.WACHTTIJD_VERSTREKEN, M2)), planning.doorverwezen());
  }

  @Test
  void aRequestPassedOverAsOftenAsAllowedIsRedirected() {
    Aanvraag urgent1 = spoed(aanvraag("CJG-2012-060", 3, 1, 90));
    Aanvraag urgent2 = spoed(aanvraag("CJG-2012-061", 3, 20, 90));
    Aanvraag normaal = aanvraag("CJG-2012-062", 2, 1, 45);
    Planningsregels tweeKeer = Planningsregels.builder().maximaalUitgesteld(2).build();
    Agendaplanning planning =
        Agendaplanner.plan(List.of(M1, M2, M3), List.of(normaal, urgent1, urgent2), tweeKeer);
    assertEquals(List.of(agenda(M1, urgent1), agenda(M2, urgent2), agenda(M3)), planning.agendas());
    assertEquals(
        List.of(Doorverwijzing.of(normaal, Doorverwijzing.Reden.TE_VAAK_UITGESTELD, M2)), planning.doorverwezen());
  }

  @Test
  void waitingAfterTheNextMeetingOfItsCaseIsNotPassingOver() {
    Aanvraag eerste = aanvraag("CJG-2012-070", 2, 1, 30);
    Aanvraag opnieuw = aanvraag("CJG-2012-070", 3, 10, 30);
    Planningsregels eenKeer = Planningsregels.builder().maximaalUitgesteld(1).build();
    Agendaplanning planning = Agendaplanner.plan(List.of(M1, M2, M3), List.of(eerste, opnieuw), eenKeer);
    assertEquals(List.of(agenda(M1, eerste), agenda(M2), agenda(M3, opnieuw)), planning.agendas());
    assertEquals(List.of(), planning.doorverwezen());
  }

  @Test
  void requestsMadeAfterTheLastMeetingAreStillWaiting() {
    Aanvraag laat = aanvraag("CJG-2012-080", 6, 1, 45);
    Agendaplanning planning = Agendaplanner.plan(PILOT, VOOR_EVALUATIE, List.of(laat), Planningsregels.standaard());
    assertEquals(5, planning.agendas().size());
    assertEquals(List.of(), planning.behandeld());
    assertEquals(List.of(laat), planning.wachtend());
  }

  @Test
  void theOrderOfTheInputDoesNotMatter() {
    List<Aanvraag> omgekeerd = new ArrayList<>(PILOTAANVRAGEN);
    Collections.reverse(omgekeerd);
    List<LocalDate> data = new ArrayList<>(PILOT.vergaderdata(VOOR_EVALUATIE));
    Collections.reverse(data);
    data.add(M3);
    Planningsregels regels = Planningsregels.builder().maximaalUitgesteld(1).build();
    assertEquals(
        Agendaplanner.plan(PILOT, VOOR_EVALUATIE, PILOTAANVRAGEN, regels), Agendaplanner.plan(data, omgekeerd, regels));
  }
}
