package nl.cjg.core.werkplan;

import nl.cjg.core.referentie.BergenPlannen;
import nl.cjg.core.tijd.Periode;
import static nl.cjg.core.werkplan.WerkplanTest.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.core.validation.ValidationResult;
import nl.cjg.core.validation.Violation;
import org.junit.jupiter.api.Test;

class PlanVanAanpakTest {
  private static final CjgValidator VALIDATOR = CjgValidator.create();
  private static final LocalDate RAAD_STARTNOTITIE = LocalDate.of(2009, 9, 22);
  private static final LocalDate RAAD_ONTWERP = LocalDate.of(2009, 12, 15);

  private final PlanVanAanpak plan = BergenPlannen.planVanAanpak();

  @Test
  void theGatesOfThePlanAsWrittenRecordNoDecision() {
    // Plan van aanpak CJG Bergen 2008–2010: "Go/No Go" after stap 1 and stap 2, no decision written.
    assertEquals(2, plan.fasen().stream().filter(fase -> fase.goNoGo().isPresent()).count());
    plan.fasen().forEach(fase -> fase.goNoGo().ifPresent(gate -> assertFalse(gate.isBesloten(), fase.stap().toString())));
  }

  @Test
  void thePlanVanAanpak2008To2010IsValid() {
    ValidationResult result = VALIDATOR.validate(plan);
    assertTrue(result.isValid(), result.violations().toString());
    assertEquals(
        List.of(Fase.Stap.ORIENTATIEFASE, Fase.Stap.ONTWIKKELFASE, Fase.Stap.UITVOERINGSFASE, Fase.Stap.CONSOLIDATIEFASE),
        plan.fasen().stream().map(Fase::stap).toList());
    assertEquals(List.of(1, 2, 3, 4), plan.fasen().stream().map(fase -> fase.stap().nummer()).toList());
    Actie krachtenveldanalyse = plan.fase(Fase.Stap.ORIENTATIEFASE).orElseThrow().acties().get(1);
    assertEquals(LocalDate.of(2008, 11, 1), krachtenveldanalyse.wanneer().begin());
    assertEquals(Optional.of(LocalDate.of(2009, 3, 31)), krachtenveldanalyse.wanneer().eind());
    assertEquals(Optional.empty(), plan.fase(Fase.Stap.CONSOLIDATIEFASE).orElseThrow().acties().get(0).wanneer().eind());
  }

  @Test
  void aPlanMayLackPhases() {
    PlanVanAanpak tweeFasen =
        PlanVanAanpak.builder()
            .titel(plan.titel())
            .addFasen(BergenPlannen.orientatiefase(GoNoGo.nogNietBesloten()), BergenPlannen.uitvoeringsfase())
            .build();
    assertEquals(Optional.empty(), tweeFasen.fase(Fase.Stap.ONTWIKKELFASE));
  }

  @Test
  void nothingIsBlockedWhileNoGateIsNoGo() {
    assertEquals(List.of(), plan.geblokkeerdOp(LocalDate.of(2010, 6, 1)));
  }

  @Test
  void aNoGoBlocksEveryLaterPhaseFromItsDateOn() {
    PlanVanAanpak gestopt = BergenPlannen.planVanAanpak(GoNoGo.noGo(RAAD_STARTNOTITIE), GoNoGo.nogNietBesloten());
    assertEquals(List.of(), gestopt.geblokkeerdOp(RAAD_STARTNOTITIE.minusDays(1)));
    assertEquals(
        List.of(Fase.Stap.ONTWIKKELFASE, Fase.Stap.UITVOERINGSFASE, Fase.Stap.CONSOLIDATIEFASE),
        gestopt.geblokkeerdOp(RAAD_STARTNOTITIE).stream().map(Fase::stap).toList());
  }

  @Test
  void aNoGoAfterTheOntwikkelfaseBlocksTheLastTwo() {
    PlanVanAanpak gestopt = BergenPlannen.planVanAanpak(GoNoGo.go(RAAD_STARTNOTITIE), GoNoGo.noGo(RAAD_ONTWERP));
    assertEquals(
        List.of(Fase.Stap.UITVOERINGSFASE, Fase.Stap.CONSOLIDATIEFASE),
        gestopt.geblokkeerdOp(LocalDate.of(2010, 1, 4)).stream().map(Fase::stap).toList());
  }

  @Test
  void phasesFollowTheirStepsEachOnce() {
    Fase orientatie = BergenPlannen.orientatiefase(GoNoGo.nogNietBesloten());
    Fase ontwikkel = BergenPlannen.ontwikkelfase(GoNoGo.nogNietBesloten());
    assertEquals(
        PlanVanAanpak.VOLGORDE_CODE,
        assertThrows(InvalidValueException.class, () -> PlanVanAanpak.builder().titel("t").addFasen(ontwikkel, orientatie).build())
            .code());
    assertEquals(
        PlanVanAanpak.VOLGORDE_CODE,
        assertThrows(InvalidValueException.class, () -> PlanVanAanpak.builder().titel("t").addFasen(orientatie, orientatie).build())
            .code());
  }

  @Test
  void aGateHasADateExactlyWhenDecided() {
    assertTrue(GoNoGo.go(RAAD_STARTNOTITIE).isBesloten());
    assertFalse(GoNoGo.nogNietBesloten().isBesloten());
    assertEquals(
        GoNoGo.DATUM_CODE,
        assertThrows(InvalidValueException.class, () -> GoNoGo.builder().besluit(GoNoGo.Besluit.GO).build()).code());
    assertEquals(
        GoNoGo.DATUM_CODE,
        assertThrows(
                InvalidValueException.class,
                () -> GoNoGo.builder().besluit(GoNoGo.Besluit.NOG_NIET_BESLOTEN).datum(RAAD_STARTNOTITIE).build())
            .code());
  }

  @Test
  void anActionIsDescribedAndADecisionNamesItsBody() {
    assertEquals(
        Actie.ACTIE_CODE,
        assertThrows(
                InvalidValueException.class,
                () -> Actie.builder().actie(" ").resultaat("Bestuurlijk commitment").wanneer(Periode.jaar(2009)).build())
            .code());
    assertEquals(
        Actie.Besluitmoment.ORGAAN_CODE,
        assertThrows(InvalidValueException.class, () -> Actie.Besluitmoment.of("", RAAD_STARTNOTITIE)).code());
  }

  @Test
  void planvanaanpak001AnActionOutsideThePlansSpan() {
    // The open-ended actions ("Vanaf september 2009", "2010 en verder") run past a closed span.
    PlanVanAanpak metLooptijd = PlanVanAanpak.builder().from(plan).looptijd(Periode.parse("2008 – 2010")).build();
    List<Violation> violations = VALIDATOR.validate(metLooptijd).violations();
    assertEquals(List.of("PLANVANAANPAK-001"), violations.stream().map(Violation::ruleId).distinct().toList());
    assertEquals(
        List.of("fasen[2].acties[0].wanneer", "fasen[2].acties[1].wanneer", "fasen[2].acties[2].wanneer", "fasen[3].acties[0].wanneer"),
        violations.stream().map(Violation::path).toList());
  }

  @Test
  void planvanaanpak001AnActionBeforeThePlansSpan() {
    PlanVanAanpak metLooptijd = PlanVanAanpak.builder().from(plan).looptijd(Periode.parse("vanaf december 2008")).build();
    Violation violation = single(VALIDATOR.validate(metLooptijd));
    assertEquals("PLANVANAANPAK-001", violation.ruleId());
    assertEquals("fasen[0].acties[1].wanneer", violation.path());
  }

  @Test
  void planvanaanpak001ActionsWithinAnOpenSpanAreFine() {
    PlanVanAanpak metLooptijd = PlanVanAanpak.builder().from(plan).looptijd(Periode.parse("vanaf november 2008")).build();
    assertTrue(VALIDATOR.validate(metLooptijd).isValid());
  }

  @Test
  void planvanaanpak002NoGoAfterANoGo() {
    PlanVanAanpak tegenstrijdig = BergenPlannen.planVanAanpak(GoNoGo.noGo(RAAD_STARTNOTITIE), GoNoGo.go(RAAD_ONTWERP));
    Violation violation = single(VALIDATOR.validate(tegenstrijdig));
    assertEquals("PLANVANAANPAK-002", violation.ruleId());
    assertEquals("fasen[1].goNoGo.besluit", violation.path());
  }

  @Test
  void planvanaanpak002ANoGoAfterAGoIsFine() {
    assertTrue(
        VALIDATOR.validate(BergenPlannen.planVanAanpak(GoNoGo.go(RAAD_STARTNOTITIE), GoNoGo.noGo(RAAD_ONTWERP))).isValid());
  }

  @Test
  void planvanaanpak003GatesDecidedOutOfPhaseOrder() {
    PlanVanAanpak omgekeerd =
        BergenPlannen.planVanAanpak(GoNoGo.go(RAAD_STARTNOTITIE), GoNoGo.go(LocalDate.of(2009, 9, 1)));
    Violation violation = single(VALIDATOR.validate(omgekeerd));
    assertEquals("PLANVANAANPAK-003", violation.ruleId());
    assertEquals("fasen[1].goNoGo.datum", violation.path());
  }

  @Test
  void planvanaanpak003GatesOnTheSameDayOrInOrderAreFine() {
    assertTrue(
        VALIDATOR.validate(BergenPlannen.planVanAanpak(GoNoGo.go(RAAD_STARTNOTITIE), GoNoGo.go(RAAD_STARTNOTITIE))).isValid());
    assertTrue(VALIDATOR.validate(BergenPlannen.planVanAanpak(GoNoGo.go(RAAD_STARTNOTITIE), GoNoGo.go(RAAD_ONTWERP))).isValid());
  }

  @Test
  void planvanaanpak004ADecisionOutsideTheActionsPeriod() {
    Fase orientatie = BergenPlannen.orientatiefase(GoNoGo.nogNietBesloten());
    Actie vaststellen = Actie.builder().from(orientatie.acties().get(3)).wanneer(Periode.parse("augustus 2009")).build();
    Fase gewijzigd =
        Fase.builder()
            .from(orientatie)
            .acties(List.of(orientatie.acties().get(0), orientatie.acties().get(1), orientatie.acties().get(2), vaststellen))
            .build();
    PlanVanAanpak metFout = PlanVanAanpak.builder().titel(plan.titel()).addFasen(gewijzigd).build();

    ValidationResult result = VALIDATOR.validate(metFout);
    assertEquals(2, result.violations().size(), result.violations().toString());
    assertEquals("PLANVANAANPAK-004", result.violations().get(0).ruleId());
    assertEquals("fasen[0].acties[3].besluitmomenten[1].datum", result.violations().get(0).path());
    assertEquals("fasen[0].acties[3].besluitmomenten[2].datum", result.violations().get(1).path());
    assertEquals("besluitmomenten[2].datum", VALIDATOR.validate(vaststellen).violations().get(1).path());
  }

  @Test
  void planvanaanpak004DecisionsOnTheBoundsOfThePeriodAreFine() {
    Actie vaststellen = BergenPlannen.orientatiefase(GoNoGo.nogNietBesloten()).acties().get(3);
    assertTrue(VALIDATOR.validate(vaststellen).isValid());
  }
}
