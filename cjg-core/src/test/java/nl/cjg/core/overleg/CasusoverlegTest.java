package nl.cjg.core.overleg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.casus.Afspraak;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.validation.CjgValidator;
import org.junit.jupiter.api.Test;

/**
 * A meeting of the pilot (Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de pilot (duur/frequentie)): jongerenwerk, schoolmaatschappelijk werk, algemeen
 * maatschappelijk werk and Bureau Jeugdzorg at the table, JGZ joining for one case.
 */
class CasusoverlegTest {
  private static final CjgValidator VALIDATOR = CjgValidator.create();
  private static final LocalDate MEETING = LocalDate.of(2012, 5, 21);

  private static Afspraak afspraak(String casus, LocalDate uiterlijk) {
    return Afspraak.builder()
        .wie(Professional.builder().organisatie("Bureau Jeugdzorg").functie("jeugdzorgwerker").build())
        .wat("contact opnemen met de ouders over een gezamenlijk gesprek")
        .uiterlijk(uiterlijk)
        .casus(casus)
        .build();
  }

  private static Professional lid(String organisatie, String functie) {
    return Professional.builder().organisatie(organisatie).functie(functie).build();
  }

  private static Casusoverleg.Builder overleg() {
    return Casusoverleg.builder()
        .datum(MEETING)
        .voorzitter(Voorzitter.of("Hanna Proefmeester", Voorzitter.Rol.PROCESREGISSEUR))
        .addVastTeam(
            Professional.builder().from(lid("Stichting Welzijn Bergen", "jongerenwerker")).naam("Tim Testdijk").build(),
            lid("Schoolmaatschappelijk werk", "schoolmaatschappelijk werker"),
            lid("Algemeen maatschappelijk werk", "maatschappelijk werker"),
            lid("Bureau Jeugdzorg", "jeugdzorgwerker"))
        .addCasussen("CJG-2012-007", "CJG-2012-008")
        .putAanschuivendePartner("CJG-2012-007", List.of(lid("Jeugdgezondheidszorg", "jeugdverpleegkundige")))
        .putOudersAanwezig("CJG-2012-007", true)
        .bestedeMinuten(150)
        .addAfsprakenlijst(afspraak("CJG-2012-007", MEETING.plusWeeks(2)), afspraak("CJG-2012-008", MEETING));
  }

  private static List<String> found(Casusoverleg overleg) {
    return VALIDATOR.validate(overleg).violations().stream().map(v -> v.ruleId() + " " + v.path()).toList();
  }

  @Test
  void theExampleIsValidAndPlannedAtAnHourAndAHalf() {
    Casusoverleg overleg = overleg().build();
    assertEquals(List.of(), found(overleg));
    assertEquals(90, overleg.geplandeMinuten());
    assertEquals(Optional.of(150), overleg.bestedeMinuten());
  }

  @Test
  void minutesAreNotNegative() {
    InvalidValueException planned =
        assertThrows(InvalidValueException.class, () -> overleg().geplandeMinuten(-1).build());
    assertEquals(Casusoverleg.MINUTES_CODE, planned.code());
    InvalidValueException spent =
        assertThrows(InvalidValueException.class, () -> overleg().bestedeMinuten(-30).build());
    assertEquals(Casusoverleg.MINUTES_CODE, spent.code());
    assertEquals(0, overleg().geplandeMinuten(0).bestedeMinuten(0).build().geplandeMinuten());
  }

  @Test
  void overleg001TheChairIsTheProcesregisseur() {
    Casusoverleg chairedByTeamMember = overleg().voorzitter(Voorzitter.of("Tim Testdijk", Voorzitter.Rol.TEAMLID)).build();
    assertEquals(List.of("OVERLEG-001 voorzitter"), found(chairedByTeamMember));
  }

  @Test
  void overleg002WhatIsRecordedPerCaseIsAboutACaseOnTheAgenda() {
    Casusoverleg stray =
        overleg()
            .addAfsprakenlijst(afspraak("CJG-2012-011", MEETING.plusDays(7)))
            .putOudersAanwezig("CJG-2012-012", false)
            .putAanschuivendePartner("CJG-2012-013", List.of(Professional.ofOrganisatie("Leerplicht")))
            .build();
    assertEquals(
        List.of(
            "OVERLEG-002 aanschuivendePartners[CJG-2012-013]",
            "OVERLEG-002 afsprakenlijst[2].casus",
            "OVERLEG-002 oudersAanwezig[CJG-2012-012]"),
        found(stray));
  }

  @Test
  void afspraak001NoAgreementIsDueBeforeTheMeeting() {
    Casusoverleg early = overleg().addAfsprakenlijst(afspraak("CJG-2012-008", MEETING.minusDays(1))).build();
    assertEquals(List.of("AFSPRAAK-001 afsprakenlijst[2].uiterlijk"), found(early));
  }

  @Test
  void toStringHidesNamesAndWhatIsAgreed() {
    String text = overleg().build().toString();
    assertFalse(text.contains("Proefmeester"));
    assertFalse(text.contains("Testdijk"));
    assertFalse(text.contains("gezamenlijk gesprek"));
    assertTrue(text.contains("PROCESREGISSEUR"));
    assertTrue(text.contains("CJG-2012-007"));
  }
}
