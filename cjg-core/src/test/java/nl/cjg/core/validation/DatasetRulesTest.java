package nl.cjg.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.casus.Aanmelder;
import nl.cjg.core.casus.Afspraak;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.casus.Gezinsplan;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.casus.Persoonsgegevens;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.casus.Statusgeschiedenis;
import nl.cjg.core.casus.Toestemmer;
import nl.cjg.core.casus.Toestemming;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.overleg.Aanvraag;
import nl.cjg.core.overleg.Agenda;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.overleg.Voorzitter;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.populatie.Doelgroepsoort;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.referentie.BergenReferentie;
import nl.cjg.core.verwijsindex.Signaal;
import org.junit.jupiter.api.Test;

/**
 * The dataset rules on a small connected dataset: it passes every rule, each variant breaks
 * exactly one, naming its records; and the result does not depend on the order of the records.
 */
class DatasetRulesTest {
  private static final CjgValidator VALIDATOR = CjgValidator.create();
  private static final LocalDate PEILDATUM = LocalDate.of(2012, 6, 30);
  private static final Bsn BSN = Bsn.parse("111222333");
  private static final String A = "CJG-2012-0001";
  private static final String B = "CJG-2012-0002";
  private static final String C = "CJG-2012-0003";

  private static Professional van(String organisatie) {
    return Professional.builder().organisatie(organisatie).functie("medewerker").build();
  }

  private static Afspraak afspraak(String casus, LocalDate uiterlijk, Afspraak.Status status) {
    return Afspraak.builder().wie(van("Stichting de Wering")).wat("een gesprek met de ouders plannen")
        .uiterlijk(uiterlijk).casus(casus).status(status).build();
  }

  private static Casus.Builder metToestemming(String kenmerk, LocalDate invulling) {
    return Casus.builder()
        .kenmerk(kenmerk)
        .datumInvulling(invulling)
        .aanmelder(Aanmelder.builder().naam("Ineke Testbeek").organisatie("Stichting Welzijn Bergen").build())
        .kind(Kind.builder()
            .persoonsgegevens(Persoonsgegevens.builder().voornaam("Testkind").achternaam("Proef")
                .geboortedatum(LocalDate.of(2004, 2, 1)).bsn(BSN).build())
            .build())
        .toestemming(Toestemming.builder().metToestemming(true).besprokenMetOuders(true)
            .addGegevenDoor(Toestemmer.OUDERS_MET_GEZAG).build())
        .inVerwijsindexGemeld(true);
  }

  private static Casus anoniem(String kenmerk, LocalDate invulling) {
    return Casus.builder()
        .kenmerk(kenmerk)
        .datumInvulling(invulling)
        .aanmelder(Aanmelder.builder().naam("Tim Testdijk").organisatie("GGD Hollands Noorden").build())
        .kind(Kind.builder().leeftijdsgroep(Leeftijdsgroep.of(12, 19)).build())
        .toestemming(Toestemming.builder().metToestemming(false).besprokenMetOuders(false)
            .redenAnoniem("collegiale ondersteuning").build())
        .inVerwijsindexGemeld(false)
        .build();
  }

  private static Casusoverleg.Builder overleg(LocalDate datum, String... casussen) {
    Casusoverleg.Builder overleg = Casusoverleg.builder()
        .datum(datum)
        .voorzitter(Voorzitter.of("coördinator CJG", Voorzitter.Rol.PROCESREGISSEUR))
        .addVastTeam(van("Stichting de Wering"), van("Bureau Jeugdzorg Noord-Holland"));
    for (String casus : casussen) {
      overleg.addCasussen(casus).addAfsprakenlijst(afspraak(casus, datum.plusWeeks(3), Afspraak.Status.UITGEVOERD));
    }
    return overleg;
  }

  private static Aanbod aanbod(String partner) {
    return Aanbod.builder().partner(partner).naam("opvoedspreekuur").soort(Aanbod.Soort.FLEXIBEL_AANBOD)
        .aard(Aanbod.Aard.PREVENTIEF).addVoor(Doelgroepsoort.OUDERS).leeftijdsgroep(Leeftijdsgroep.of(0, 19)).build();
  }

  private static Gezinsplan.Builder gezinsplan(String casus) {
    return Gezinsplan.builder().addCasussen(casus).datumOpgesteld(LocalDate.of(2012, 3, 5))
        .zorgcoordinator(van("GGD Hollands Noorden")).oudersBetrokken(true)
        .addAfspraken(afspraak(casus, LocalDate.of(2012, 9, 1), Afspraak.Status.OPEN));
  }

  private static Signaal signaal(LocalDate registratie) {
    return Signaal.builder().bsn(BSN).organisatie("Stichting de Wering").datumRegistratie(registratie)
        .geboortedatum(LocalDate.of(2004, 2, 1)).build();
  }

  /** Partners, an offering, three cases, three meetings, a family plan, an agenda and a signal. */
  private static List<Object> dataset() {
    List<Object> records = new ArrayList<>(BergenReferentie.netwerk().partners());
    records.add(aanbod("Stichting Welzijn Bergen"));
    records.add(metToestemming(A, LocalDate.of(2012, 2, 20)).build());
    records.add(anoniem(B, LocalDate.of(2012, 2, 21)));
    records.add(anoniem(C, LocalDate.of(2012, 3, 10)));
    records.add(overleg(LocalDate.of(2012, 3, 1), A, B).build());
    records.add(overleg(LocalDate.of(2012, 3, 22), C).build());
    records.add(overleg(LocalDate.of(2012, 4, 12), A).build());
    records.add(gezinsplan(A).build());
    records.add(Agenda.builder().datum(LocalDate.of(2012, 5, 3)).geplandeMinuten(90)
        .addPunten(Aanvraag.builder().kenmerk(C).aanvraagdatum(LocalDate.of(2012, 4, 20)).verwachteMinuten(30).build()).build());
    records.add(signaal(LocalDate.of(2012, 1, 10)));
    return records;
  }

  private static List<Object> with(UnaryOperator<List<Object>> change) {
    return change.apply(dataset());
  }

  private static int index(List<Object> records, Class<?> type, int nth) {
    int seen = 0;
    for (int i = 0; i < records.size(); i++) {
      if (type.isInstance(records.get(i)) && seen++ == nth) {
        return i;
      }
    }
    throw new IllegalArgumentException("no " + type.getSimpleName() + " " + nth);
  }

  private static List<String> found(List<Object> records) {
    return VALIDATOR.validateDataset(PEILDATUM, records).violations().stream()
        .map(v -> v.ruleId() + " " + v.path()).toList();
  }

  @Test
  void aConnectedDatasetPassesEveryRule() {
    ValidationResult result = VALIDATOR.validateDataset(PEILDATUM, dataset());
    assertEquals(List.of(), result.violations());
    assertTrue(result.isValid());
  }

  @Test
  void aMeetingOnACaseThatIsNotThereBreaksOnlyTheReferenceRule() {
    List<Object> records = with(r -> {
      int i = index(r, Casusoverleg.class, 1);
      r.set(i, Casusoverleg.builder().from((Casusoverleg) r.get(i)).addCasussen("CJG-2012-0099").build());
      return r;
    });
    assertEquals(List.of("DATASET-001 casussen[CJG-2012-0099]"), found(records));
    Violation violation = VALIDATOR.validateDataset(PEILDATUM, records).violations().get(0);
    assertEquals(Optional.of((long) (index(records, Casusoverleg.class, 1) + 1)), violation.line());
    assertEquals(Optional.empty(), violation.relatedLine());
  }

  @Test
  void anOfferingOfAnUnknownPartnerBreaksOnlyThePartnerRule() {
    List<Object> records = with(r -> {
      r.set(index(r, Aanbod.class, 0), aanbod("Jeugdgezondheidszorg (GGD Hollands Noorden)"));
      return r;
    });
    assertEquals(List.of("DATASET-002 partner"), found(records));
  }

  @Test
  void aKnownAlternativeNameOfAPartnerResolves() {
    List<Object> records = with(r -> {
      r.set(index(r, Aanbod.class, 0), aanbod("Jeugdgezondheidszorg (GGD Hollands Noorden)"));
      int ggd = r.indexOf(r.stream().filter(p -> p instanceof Partner partner && partner.naam().equals("GGD Hollands Noorden"))
          .findFirst().orElseThrow());
      r.set(ggd, Partner.builder().from((Partner) r.get(ggd)).addAndereNamen("Jeugdgezondheidszorg (GGD Hollands Noorden)").build());
      return r;
    });
    assertEquals(List.of(), found(records));
  }

  @Test
  void aCaseTwiceIsReportedOnceNamingBothRecords() {
    List<Object> records = with(r -> {
      r.add(r.get(index(r, Casus.class, 1)));
      return r;
    });
    ValidationResult result = VALIDATOR.validateDataset(PEILDATUM, records);
    assertEquals(List.of("DATASET-003 kenmerk"), found(records));
    Violation duplicate = result.violations().get(0);
    assertEquals(Optional.of((long) records.size()), duplicate.line());
    assertEquals(Optional.of((long) (index(records, Casus.class, 1) + 1)), duplicate.relatedLine());
    assertTrue(duplicate.message().contains("record " + (index(records, Casus.class, 1) + 1)), duplicate.message());
    assertFalse(duplicate.message().contains(B));
  }

  @Test
  void aPartnerTwiceBreaksOnlyTheIdentityRule() {
    List<Object> records = with(r -> {
      r.add(r.get(0));
      return r;
    });
    assertEquals(List.of("DATASET-004 naam"), found(records));
  }

  @Test
  void aFamilyPlanForAnAnonymousCaseBreaksOnlyTheConsentRule() {
    List<Object> records = with(r -> {
      r.add(gezinsplan(B).build());
      return r;
    });
    assertEquals(List.of("DATASET-005 casussen[CJG-2012-0002]"), found(records));
  }

  @Test
  void aCaseDiscussedAtTwoMeetingsInARowBreaksOnlyTheReturnRule() {
    List<Object> records = with(r -> {
      int i = index(r, Casusoverleg.class, 1);
      Casusoverleg tweede = (Casusoverleg) r.get(i);
      r.set(i, Casusoverleg.builder().from(tweede).addCasussen(B)
          .addAfsprakenlijst(afspraak(B, tweede.datum().plusWeeks(3), Afspraak.Status.UITGEVOERD)).build());
      return r;
    });
    ValidationResult result = VALIDATOR.validateDataset(PEILDATUM, records);
    assertEquals(List.of("DATASET-006 casussen[CJG-2012-0002]"), found(records));
    assertEquals(Optional.of((long) (index(records, Casusoverleg.class, 0) + 1)), result.violations().get(0).relatedLine());
  }

  @Test
  void aMeetingOnACaseReferredElsewhereBreaksOnlyTheReferralRule() {
    List<Object> records = with(r -> {
      int i = index(r, Casus.class, 2);
      Casus c = (Casus) r.get(i);
      r.set(i, Casus.builder().from(c)
          .statusgeschiedenis(Statusgeschiedenis.aangemeld(c.datumInvulling()).met(Casusstatus.DOORVERWEZEN, LocalDate.of(2012, 3, 15)))
          .build());
      return r;
    });
    assertEquals(List.of("DATASET-007 casussen[CJG-2012-0003]"), found(records));
  }

  @Test
  void aCaseInTheVerwijsindexWithoutAnActiveSignalBreaksOnlyTheSignalRule() {
    List<Object> records = with(r -> {
      r.set(index(r, Signaal.class, 0), signaal(LocalDate.of(2012, 2, 21)));
      return r;
    });
    assertEquals(List.of("DATASET-008 inVerwijsindexGemeld"), found(records));
  }

  @Test
  void withoutSignalsInTheDatasetTheVerwijsindexIsNotChecked() {
    List<Object> records = with(r -> {
      r.remove(index(r, Signaal.class, 0));
      return r;
    });
    assertEquals(List.of(), found(records));
  }

  @Test
  void anOverdueAgreementIsAWarningNotAnError() {
    List<Object> records = with(r -> {
      r.set(index(r, Gezinsplan.class, 0), gezinsplan(A)
          .addAfspraken(afspraak(A, LocalDate.of(2012, 5, 1), Afspraak.Status.OPEN)).build());
      return r;
    });
    ValidationResult result = VALIDATOR.validateDataset(PEILDATUM, records);
    assertEquals(List.of("DATASET-009 afspraken[1].uiterlijk"), found(records));
    assertEquals(Violation.Severity.WARNING, result.violations().get(0).severity());
    assertTrue(result.isValid());
  }

  @Test
  void theRecordsOwnRulesComeWithTheirPosition() {
    List<Object> records = with(r -> {
      r.add(Casusoverleg.builder().from(overleg(LocalDate.of(2012, 6, 1), C).build())
          .voorzitter(Voorzitter.of("voorzitter", Voorzitter.Rol.TEAMLID)).build());
      return r;
    });
    List<Violation> violations = VALIDATOR.validateDataset(PEILDATUM, records).violations();
    assertTrue(violations.stream().anyMatch(v -> v.ruleId().equals("OVERLEG-001") && v.line().equals(Optional.of((long) records.size()))),
        violations.toString());
  }

  @Test
  void theResultDoesNotDependOnTheOrderOfTheRecords() {
    List<Object> broken = with(r -> {
      r.add(gezinsplan(B).build());
      r.add(r.get(index(r, Casus.class, 0)));
      r.set(index(r, Aanbod.class, 0), aanbod("Onbekend"));
      return r;
    });
    List<String> expected = found(broken).stream().sorted().toList();
    assertEquals(List.of("DATASET-002 partner", "DATASET-003 kenmerk", "DATASET-005 casussen[CJG-2012-0002]"), expected);
    Random random = new Random(7);
    for (int round = 0; round < 20; round++) {
      List<Object> shuffled = new ArrayList<>(broken);
      Collections.shuffle(shuffled, random);
      assertEquals(expected, found(shuffled).stream().sorted().toList());
    }
  }

  @Test
  void messagesInEnglishAndNoResultTwice() {
    CjgValidator english = CjgValidator.create(Locale.ENGLISH);
    CjgValidator.DatasetCheck check = english.datasetCheck(PEILDATUM);
    check.add(anoniem(B, LocalDate.of(2012, 2, 21)), 3);
    check.add(anoniem(B, LocalDate.of(2012, 2, 21)), 9);
    ValidationResult result = check.result();
    assertEquals("another case in the dataset (record 3) has the same kenmerk", result.violations().get(0).message());
    assertEquals(Optional.of(9L), result.violations().get(0).line());
    assertThrows(IllegalStateException.class, check::result);
    assertThrows(IllegalStateException.class, () -> check.add(anoniem(C, LocalDate.of(2012, 2, 21)), 10));
    assertThrows(IllegalArgumentException.class, () -> english.datasetCheck(PEILDATUM).add(anoniem(C, LocalDate.of(2012, 2, 21)), 0));
  }
}
