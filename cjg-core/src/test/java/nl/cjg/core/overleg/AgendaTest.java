package nl.cjg.core.overleg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import nl.cjg.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The invariants and sums of the planner's output types: Agenda, Doorverwijzing, Agendaplanning. */
class AgendaTest {
  private static final LocalDate OVERLEG = LocalDate.of(2012, 3, 6);
  private static final Aanvraag MET_OUDERS =
      Aanvraag.builder()
          .kenmerk("CJG-2012-002")
          .aanvraagdatum(LocalDate.of(2012, 2, 28))
          .verwachteMinuten(60)
          .ouderOfJongereAanwezig(true)
          .build();
  private static final Aanvraag ZONDER_OUDERS =
      Aanvraag.builder().kenmerk("CJG-2012-001").aanvraagdatum(LocalDate.of(2012, 2, 20)).verwachteMinuten(45).build();

  private static String code(Executable build) {
    return assertThrows(InvalidValueException.class, build).code();
  }

  @Test
  void minutesUsedAndLeft() {
    Agenda halfVol = Agenda.builder().datum(OVERLEG).geplandeMinuten(90).addPunten(ZONDER_OUDERS).build();
    assertEquals(45, halfVol.minutenGebruikt());
    assertEquals(45, halfVol.minutenOver());
    assertEquals(0, halfVol.overschrijding());

    Agenda uitgelopen = Agenda.builder().from(halfVol).addPunten(MET_OUDERS).build();
    assertEquals(105, uitgelopen.minutenGebruikt());
    assertEquals(0, uitgelopen.minutenOver());
    assertEquals(15, uitgelopen.overschrijding());
    assertEquals(List.of(ZONDER_OUDERS, MET_OUDERS), uitgelopen.punten());
  }

  @Test
  void anAgendaHasPlannedMinutes() {
    assertEquals("PLANNING-S05", code(() -> Agenda.builder().datum(OVERLEG).geplandeMinuten(0).build()));
  }

  @Test
  void aCaseIsOnAnAgendaOnlyOnce() {
    Aanvraag nogmaals = Aanvraag.builder().from(ZONDER_OUDERS).verwachteMinuten(20).build();
    assertEquals(
        "PLANNING-S09",
        code(() -> Agenda.builder().datum(OVERLEG).geplandeMinuten(90).addPunten(ZONDER_OUDERS, nogmaals).build()));
  }

  @Test
  void nothingIsOnAnAgendaBeforeItWasRequested() {
    assertEquals(
        "PLANNING-S10",
        code(() -> Agenda.builder().datum(LocalDate.of(2012, 2, 27)).geplandeMinuten(90).addPunten(MET_OUDERS).build()));
    assertEquals(
        1, Agenda.builder().datum(LocalDate.of(2012, 2, 28)).geplandeMinuten(90).addPunten(MET_OUDERS).build().punten().size());
  }

  @Test
  void nothingIsRedirectedBeforeItWasRequested() {
    assertEquals(
        "PLANNING-S10",
        code(() -> Doorverwijzing.of(MET_OUDERS, Doorverwijzing.Reden.TE_VAAK_UITGESTELD, LocalDate.of(2012, 2, 27))));
    assertEquals(OVERLEG, Doorverwijzing.of(MET_OUDERS, Doorverwijzing.Reden.TE_VAAK_UITGESTELD, OVERLEG).datum());
  }

  @Test
  void agendasAreInDateOrderOnePerDate() {
    Agenda eerste = Agenda.builder().datum(OVERLEG).geplandeMinuten(90).build();
    Agenda tweede = Agenda.builder().datum(OVERLEG.plusDays(21)).geplandeMinuten(90).build();
    assertEquals("PLANNING-S11", code(() -> Agendaplanning.builder().addAgendas(tweede, eerste).build()));
    assertEquals("PLANNING-S11", code(() -> Agendaplanning.builder().addAgendas(eerste, eerste).build()));
    assertEquals(2, Agendaplanning.builder().addAgendas(eerste, tweede).build().agendas().size());
  }

  @Test
  void theDiscussedRequestsAreListedMeetingByMeeting() {
    Agenda eerste = Agenda.builder().datum(OVERLEG).geplandeMinuten(90).addPunten(MET_OUDERS, ZONDER_OUDERS).build();
    Aanvraag later =
        Aanvraag.builder().kenmerk("CJG-2012-004").aanvraagdatum(LocalDate.of(2012, 3, 12)).verwachteMinuten(30).build();
    Agenda tweede = Agenda.builder().datum(OVERLEG.plusDays(21)).geplandeMinuten(90).addPunten(later).build();
    assertEquals(
        List.of(MET_OUDERS, ZONDER_OUDERS, later),
        Agendaplanning.builder().addAgendas(eerste, tweede).build().behandeld());
  }
}
