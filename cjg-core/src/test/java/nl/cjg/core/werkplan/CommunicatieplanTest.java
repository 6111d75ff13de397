package nl.cjg.core.werkplan;

import nl.cjg.core.referentie.BergenPlannen;
import nl.cjg.core.tijd.Periode;
import static nl.cjg.core.werkplan.WerkplanTest.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.core.validation.ValidationResult;
import nl.cjg.core.validation.Violation;
import org.junit.jupiter.api.Test;

class CommunicatieplanTest {
  private static final CjgValidator VALIDATOR = CjgValidator.create();

  private final Communicatieplan plan = BergenPlannen.communicatieplan2012();

  /** A 1-meting after the campaign; the sources do not report one, so these counts are an example. */
  private static Meting eenmeting(String periode) {
    return Meting.builder().periode(Periode.parse(periode)).steekproef(120).bekend(54).build();
  }

  @Test
  void theCommunicatieplan2012IsValid() {
    ValidationResult result = VALIDATOR.validate(plan);
    assertTrue(result.isValid(), result.violations().toString());
    assertEquals(List.of(5, 40, 7300, 4000), plan.doelgroepen().stream().map(Communicatiedoelgroep::aantal).toList());
    assertTrue(plan.doelgroepen().get(3).leeftijd().orElseThrow().bevat(23));
  }

  @Test
  void theBudgetIsHeldInCents() {
    assertEquals(new BigDecimal("19000.00"), plan.budget());
    assertEquals(plan, Communicatieplan.builder().from(plan).budget(new BigDecimal("19000.000")).build());
    assertEquals(new BigDecimal("18999.50"), Communicatieplan.builder().from(plan).budget(new BigDecimal("18999.5")).build().budget());
  }

  @Test
  void theBudgetIsNotNegativeAndHasNoFractionsOfACent() {
    assertEquals(
        Communicatieplan.BUDGET_CODE,
        assertThrows(InvalidValueException.class, () -> Communicatieplan.builder().from(plan).budget(new BigDecimal("-0.01")).build())
            .code());
    assertEquals(
        Communicatieplan.BUDGET_CODE,
        assertThrows(InvalidValueException.class, () -> Communicatieplan.builder().from(plan).budget(new BigDecimal("19000.005")).build())
            .code());
    assertEquals(BigDecimal.ZERO.setScale(2), Communicatieplan.builder().from(plan).budget(BigDecimal.ZERO).build().budget());
  }

  @Test
  void strategicChoicesPerTerm() {
    assertEquals(List.of(1, 2), nummers(plan.keuzes(StrategischeKeuze.Termijn.KORT)));
    assertEquals(List.of(3, 4), nummers(plan.keuzes(StrategischeKeuze.Termijn.MIDDELLANG)));
    assertEquals(List.of(5, 6), nummers(plan.keuzes(StrategischeKeuze.Termijn.LANG)));
    assertEquals(List.of(3, 6, 12), List.of(StrategischeKeuze.Termijn.KORT.maanden(), StrategischeKeuze.Termijn.MIDDELLANG.maanden(), StrategischeKeuze.Termijn.LANG.maanden()));
    assertEquals("Informeer ouders", plan.keuze(3).orElseThrow().onderwerp());
  }

  @Test
  void choiceAndStepNumbersAreUnique() {
    assertEquals(
        Communicatieplan.KEUZES_CODE,
        assertThrows(
                InvalidValueException.class,
                () -> Communicatieplan.builder().from(plan).addKeuze(plan.keuzes().get(0)).build())
            .code());
    assertEquals(
        Communicatieplan.STAPPEN_CODE,
        assertThrows(
                InvalidValueException.class,
                () -> Communicatieplan.builder().from(plan).addStappen(BergenPlannen.informeerOuders()).build())
            .code());
  }

  @Test
  void awarenessInCountsAndItsRise() {
    assertEquals(new BigDecimal("20.0"), plan.nulmeting().orElseThrow().percentageBekend());
    assertEquals(Optional.empty(), plan.toenameBekendheid());
    Communicatieplan gemeten = Communicatieplan.builder().from(plan).eenmeting(eenmeting("najaar 2013")).build();
    assertEquals(new BigDecimal("45.0"), gemeten.eenmeting().orElseThrow().percentageBekend());
    assertEquals(Optional.of(new BigDecimal("25.0")), gemeten.toenameBekendheid());
    assertEquals(
        new BigDecimal("33.3"), Meting.builder().periode(Periode.jaar(2013)).steekproef(3).bekend(1).build().percentageBekend());
  }

  @Test
  void aMeasurementCountsWithinItsSample() {
    Meting nul = BergenPlannen.nulmeting();
    assertEquals(
        Meting.STEEKPROEF_CODE,
        assertThrows(InvalidValueException.class, () -> Meting.builder().from(nul).steekproef(0).bekend(0).build()).code());
    assertEquals(Meting.BEKEND_CODE, assertThrows(InvalidValueException.class, () -> Meting.builder().from(nul).bekend(101).build()).code());
    assertEquals(Meting.BEKEND_CODE, assertThrows(InvalidValueException.class, () -> Meting.builder().from(nul).bekend(-1).build()).code());
  }

  @Test
  void targetGroupsAreNamedAndCounted() {
    assertEquals(
        Communicatiedoelgroep.NAAM_CODE,
        assertThrows(InvalidValueException.class, () -> Communicatiedoelgroep.of(" ", 5)).code());
    assertEquals(
        Communicatiedoelgroep.AANTAL_CODE,
        assertThrows(InvalidValueException.class, () -> Communicatiedoelgroep.of("netwerkpartners", -40)).code());
  }

  @Test
  void choicesStepsGoalsAndMeansAreWellFormed() {
    StrategischeKeuze keuze = plan.keuzes().get(0);
    assertEquals(
        StrategischeKeuze.NUMMER_CODE,
        assertThrows(InvalidValueException.class, () -> StrategischeKeuze.builder().from(keuze).nummer(0).build()).code());
    assertEquals(
        StrategischeKeuze.ONDERWERP_CODE,
        assertThrows(InvalidValueException.class, () -> StrategischeKeuze.builder().from(keuze).onderwerp("").build()).code());
    assertEquals(
        Communicatiestap.NUMMER_CODE,
        assertThrows(
                InvalidValueException.class,
                () -> Communicatiestap.builder().from(BergenPlannen.eenheidInCommunicatie()).nummer(0).build())
            .code());
    assertEquals(
        Communicatiedoel.OMSCHRIJVING_CODE,
        assertThrows(InvalidValueException.class, () -> Communicatiedoel.of(" ", Communicatiedoel.Soort.KENNIS)).code());
    assertEquals(Middel.LABEL_CODE, assertThrows(InvalidValueException.class, () -> Middel.of(Middel.Soort.OVERIG)).code());
    assertEquals(Middel.LABEL_CODE, assertThrows(InvalidValueException.class, () -> Middel.of(Middel.Soort.FOLDER, " ")).code());
    assertEquals(Optional.of("tijdelijke jongerensite"), Middel.of(Middel.Soort.OVERIG, "tijdelijke jongerensite").label());
  }

  @Test
  void communicatieplan001TheEenmetingBeforeTheNulmetingHasEnded() {
    Communicatieplan metFout = Communicatieplan.builder().from(plan).eenmeting(eenmeting("december 2011")).build();
    Violation violation = single(VALIDATOR.validate(metFout));
    assertEquals("COMMUNICATIEPLAN-001", violation.ruleId());
    assertEquals("eenmeting.periode", violation.path());
    assertEquals("de 1-meting is niet gehouden na afloop van de 0-meting", violation.message());
  }

  @Test
  void communicatieplan001AnEenmetingAfterTheNulmetingIsFine() {
    assertTrue(VALIDATOR.validate(Communicatieplan.builder().from(plan).eenmeting(eenmeting("januari 2012")).build()).isValid());
  }

  @Test
  void communicatieplan002AStepWithoutItsStrategicChoice() {
    Communicatieplan zonderKeuze3 =
        Communicatieplan.builder()
            .from(plan)
            .keuzes(plan.keuzes().stream().filter(keuze -> keuze.nummer() != 3).toList())
            .build();
    Violation violation = single(VALIDATOR.validate(zonderKeuze3));
    assertEquals("COMMUNICATIEPLAN-002", violation.ruleId());
    assertEquals("stappen[1].nummer", violation.path());
  }

  @Test
  void communicatieplan003AStepWithoutMeans() {
    Communicatiestap zonderMiddelen =
        Communicatiestap.builder().from(BergenPlannen.dialoogMetJeugdigen()).middelen(List.of()).build();
    Communicatieplan metFout =
        Communicatieplan.builder()
            .from(plan)
            .stappen(List.of(BergenPlannen.eenheidInCommunicatie(), BergenPlannen.informeerOuders(), zonderMiddelen))
            .build();
    Violation violation = single(VALIDATOR.validate(metFout));
    assertEquals("COMMUNICATIEPLAN-003", violation.ruleId());
    assertEquals("stappen[2].middelen", violation.path());
    assertTrue(VALIDATOR.validate(BergenPlannen.dialoogMetJeugdigen()).isValid());
  }

  private static List<Integer> nummers(List<StrategischeKeuze> keuzes) {
    return keuzes.stream().map(StrategischeKeuze::nummer).toList();
  }
}
