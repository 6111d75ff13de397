package nl.cjg.core.stats.operational;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.overleg.Aanvraag;
import nl.cjg.core.overleg.Agenda;
import nl.cjg.core.overleg.Agendaplanner;
import nl.cjg.core.overleg.Agendaplanning;
import nl.cjg.core.overleg.Doorverwijzing;
import nl.cjg.core.overleg.Planningsregels;
import nl.cjg.core.stats.DisclosureControl;
import nl.cjg.core.stats.operational.OperationalFigures.OperationalCollectors;
import nl.cjg.core.stats.table.TableCsv;
import org.junit.jupiter.api.Test;

class MeetingFiguresTest {
  private static MeetingFigures pilot() {
    MeetingFigures meetings = Pilot.overleggen().stream().collect(OperationalCollectors.meetings());
    return meetings.merge(Pilot.aanvragen().stream().collect(OperationalCollectors.requests()));
  }

  @Test
  void fiveMeetingsElevenRequests() {
    MeetingFigures figures = pilot();
    assertEquals(5, figures.overleggen());
    assertEquals(11, figures.aanvragen());
    assertEquals(new BigDecimal("2.2"), figures.aanvragenPerOverleg().value(1).orElseThrow());
    assertEquals(6, figures.besproken());
    assertEquals(5, figures.doorverwezen());
    assertEquals(new BigDecimal("83.3"), figures.toestemmingBijBesproken().percentage(1).orElseThrow());
    assertEquals(2, figures.oudersAanwezig().count());
    assertEquals(6, figures.oudersAanwezig().base());
  }

  @Test
  void plannedAtAnHourAndAHalfEachRanHalfAnHourToAnHourOver() {
    MeetingFigures figures = pilot();
    assertEquals(450, figures.geplandeMinuten());
    assertEquals(5, figures.gehoudenOverleggen());
    assertEquals(675, figures.bestedeMinuten());
    assertEquals(225, figures.overschrijding());
    assertEquals(Optional.of(new BigDecimal("45")), figures.overschrijdingPerOverleg(0));
    assertEquals(Optional.of(30L), figures.kleinsteOverschrijding());
    assertEquals(Optional.of(60L), figures.grootsteOverschrijding());
    assertEquals(new BigDecimal("150.0"), figures.bestedTegenGepland().percentage(1).orElseThrow());
  }

  @Test
  void aMeetingNotYetHeldCountsOnlyItsPlan() {
    MeetingFigures figures =
        MeetingFigures.empty()
            .add(nl.cjg.core.overleg.Casusoverleg.builder().from(Pilot.overleggen().get(0)).bestedeMinuten(Optional.empty()).build());
    assertEquals(1, figures.overleggen());
    assertEquals(90, figures.geplandeMinuten());
    assertEquals(0, figures.gehoudenOverleggen());
    assertEquals(Optional.empty(), figures.overschrijdingPerOverleg(1));
    assertEquals(Optional.empty(), figures.kleinsteOverschrijding());
    assertFalse(figures.bestedTegenGepland().isDefined());
  }

  @Test
  void aMeetingThatEndsEarlyHasANegativeOverrun() {
    MeetingFigures figures =
        MeetingFigures.empty()
            .add(nl.cjg.core.overleg.Casusoverleg.builder().from(Pilot.overleggen().get(0)).bestedeMinuten(60).build());
    assertEquals(-30, figures.overschrijding());
    assertEquals(Optional.of(-30L), figures.grootsteOverschrijding());
  }

  private static Aanvraag aanvraag(String kenmerk, boolean ouders) {
    return Aanvraag.builder()
        .kenmerk(kenmerk)
        .aanvraagdatum(Pilot.START)
        .verwachteMinuten(30)
        .ouderOfJongereAanwezig(ouders)
        .build();
  }

  @Test
  void aPlanningGivesItsMeetingsRequestsAndRedirections() {
    Agendaplanning planning =
        Agendaplanning.builder()
            .addAgenda(
                Agenda.builder().datum(Pilot.START).geplandeMinuten(90).addPunten(aanvraag("A", true), aanvraag("B", false)).build())
            .addAgenda(Agenda.builder().datum(Pilot.START.plusWeeks(3)).geplandeMinuten(90).addPunten(aanvraag("C", false)).build())
            .addDoorverwezen(Doorverwijzing.of(aanvraag("D", false), Doorverwijzing.Reden.ELDERS_IN_BEHANDELING, Pilot.START))
            .addWachtend(aanvraag("E", false))
            .build();
    MeetingFigures figures = MeetingFigures.empty().add(planning);
    assertEquals(2, figures.overleggen());
    assertEquals(5, figures.aanvragen());
    assertEquals(3, figures.besproken());
    assertEquals(1, figures.doorverwezen());
    assertEquals(1, figures.oudersAanwezig().count());
    assertEquals(3, figures.oudersAanwezig().base());
    assertEquals(180, figures.geplandeMinuten());
    assertFalse(figures.toestemmingBijBesproken().isDefined(), "a planning knows nothing of consent");
    assertEquals(0, figures.gehoudenOverleggen());
  }

  @Test
  void everyRequestGivenToThePlannerIsCounted() {
    List<Aanvraag> aanvragen = new ArrayList<>();
    for (int i = 1; i <= 11; i++) {
      aanvragen.add(
          Aanvraag.builder()
              .kenmerk("CJG-2012-" + i)
              .aanvraagdatum(Pilot.START.minusDays(14))
              .verwachteMinuten(45)
              .eldersInBehandeling(i % 4 == 0)
              .build());
    }
    List<LocalDate> data = List.of(Pilot.START, Pilot.START.plusWeeks(3), Pilot.START.plusWeeks(6), Pilot.START.plusWeeks(9),
        Pilot.START.plusWeeks(12));
    Agendaplanning planning = Agendaplanner.plan(data, aanvragen, Planningsregels.builder().build());
    MeetingFigures figures = MeetingFigures.empty().add(planning);
    assertEquals(5, figures.overleggen());
    assertEquals(11, figures.aanvragen());
    assertEquals(2, figures.doorverwezen(), "the two requests treated elsewhere");
    assertEquals(9, figures.besproken());
    assertEquals(450, figures.geplandeMinuten());
  }

  @Test
  void countsAndMinutesAreNotNegative() {
    InvalidValueException negative =
        assertThrows(InvalidValueException.class, () -> MeetingFigures.builder().from(MeetingFigures.empty()).aanvragen(-1).build());
    assertEquals(MeetingFigures.NEGATIVE_CODE, negative.code());
  }

  @Test
  void theOverrunRangeBelongsToHeldMeetings() {
    InvalidValueException withoutMeetings =
        assertThrows(
            InvalidValueException.class,
            () -> MeetingFigures.builder().from(MeetingFigures.empty()).kleinsteOverschrijding(10L).grootsteOverschrijding(20L).build());
    assertEquals(MeetingFigures.OVERRUN_CODE, withoutMeetings.code());
    InvalidValueException reversed =
        assertThrows(
            InvalidValueException.class,
            () -> MeetingFigures.builder().from(pilot()).kleinsteOverschrijding(70L).build());
    assertEquals(MeetingFigures.OVERRUN_CODE, reversed.code());
  }

  @Test
  void publishedFiguresWithholdSmallCountsOfCases() {
    assertEquals(
        "Kengetal;Waarde\n"
            + "Casusoverleggen;5\n"
            + "Aanvragen;11\n"
            + "Aanvragen per overleg;2,2\n"
            + "Besproken;6\n"
            + "Doorverwezen;5\n"
            + "Besproken met toestemming (%);83,3\n"
            + "Ouders aanwezig (%);x\n"
            + "Minuten gepland;450\n"
            + "Gehouden overleggen;5\n"
            + "Minuten gepland (gehouden);450\n"
            + "Minuten besteed;675\n"
            + "Besteed t.o.v. gepland (%);150,0\n",
        TableCsv.write(pilot().publish()));
  }

  @Test
  void roundingAppliesToCountsAndTheFiguresComputedFromThem() {
    String csv = TableCsv.write(pilot().publish(DisclosureControl.builder().threshold(0).roundingBase(5).build()));
    assertTrue(csv.contains("Aanvragen;10\n"), csv);
    assertTrue(csv.contains("Aanvragen per overleg;2,0\n"), csv);
    assertTrue(csv.contains("Ouders aanwezig (%);0,0\n"), csv);
    assertTrue(csv.contains("Minuten besteed;675\n"), csv);
  }
}
