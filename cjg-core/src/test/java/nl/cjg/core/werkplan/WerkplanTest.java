package nl.cjg.core.werkplan;

import nl.cjg.core.referentie.BergenPlannen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.core.validation.ValidationResult;
import nl.cjg.core.validation.Violation;
import org.junit.jupiter.api.Test;

class WerkplanTest {
  private static final CjgValidator VALIDATOR = CjgValidator.create();

  private final Werkplan werkplan = BergenPlannen.werkplan2012();

  @Test
  void theWerkplan2012IsValid() {
    ValidationResult result = VALIDATOR.validate(werkplan);
    assertTrue(result.isValid(), result.violations().toString());
    assertEquals(4, werkplan.items().size());
    assertEquals("Realiseren van bekendheid van het CJG", werkplan.item(4).orElseThrow().onderwerp());
    assertEquals(Optional.empty(), werkplan.item(5));
  }

  @Test
  void statusFollowsTheLatestEvaluationWithAnOutcome() {
    WerkplanItem casusoverleg = werkplan.item(2).orElseThrow();
    assertEquals(Evaluatie.Voortgang.GEPLAND, casusoverleg.statusOp(LocalDate.of(2012, 10, 30)));
    assertEquals(Evaluatie.Voortgang.GEREALISEERD, casusoverleg.statusOp(BergenPlannen.OKTOBER_2012));
    assertEquals(Evaluatie.Voortgang.GEREALISEERD, casusoverleg.status());
    assertEquals(Evaluatie.Voortgang.DEELS_GEREALISEERD, werkplan.item(3).orElseThrow().status());
    WerkplanItem bekendheid = werkplan.item(4).orElseThrow();
    assertEquals(Evaluatie.Voortgang.GEPLAND, bekendheid.statusOp(LocalDate.of(2012, 4, 24)));
    assertEquals(Evaluatie.Voortgang.GEREALISEERD, bekendheid.statusOp(LocalDate.of(2012, 4, 25)));
  }

  @Test
  void anEvaluationWithoutOutcomeLeavesTheStatus() {
    WerkplanItem item =
        WerkplanItem.builder()
            .from(werkplan.item(2).orElseThrow())
            .addEvaluaties(Evaluatie.builder().datum(LocalDate.of(2012, 11, 5)).tekst("Verslag van het najaar volgt.").build())
            .build();
    assertEquals(Evaluatie.Voortgang.GEREALISEERD, item.status());
  }

  @Test
  void ofTwoEvaluationsOnOneDayTheOneWrittenLastCounts() {
    LocalDate dag = LocalDate.of(2012, 6, 29);
    WerkplanItem item =
        WerkplanItem.builder()
            .from(werkplan.item(1).orElseThrow())
            .evaluaties(
                List.of(
                    Evaluatie.builder().datum(dag).tekst("Eerste lezing.").uitkomst(Evaluatie.Voortgang.IN_UITVOERING).build(),
                    Evaluatie.builder().datum(dag).tekst("Tweede lezing.").uitkomst(Evaluatie.Voortgang.GEREALISEERD).build()))
            .build();
    assertEquals(Evaluatie.Voortgang.GEREALISEERD, item.status());
  }

  @Test
  void overdueItemsAtADate() {
    assertEquals(List.of(), werkplan.achterstalligOp(LocalDate.of(2012, 3, 31)));
    assertEquals(List.of(1), nummers(werkplan.achterstalligOp(LocalDate.of(2012, 4, 1))));
    assertEquals(List.of(1), nummers(werkplan.achterstalligOp(LocalDate.of(2012, 5, 1))));
    assertEquals(List.of(1), nummers(werkplan.achterstalligOp(LocalDate.of(2012, 5, 15))));
    assertEquals(List.of(1), nummers(werkplan.achterstalligOp(LocalDate.of(2012, 6, 29))));
    assertEquals(List.of(1, 2), nummers(werkplan.achterstalligOp(LocalDate.of(2012, 10, 1))));
    assertEquals(List.of(), nummers(werkplan.achterstalligOp(BergenPlannen.OKTOBER_2012)));
    assertEquals(List.of(3), nummers(werkplan.achterstalligOp(LocalDate.of(2012, 11, 1))));
  }

  @Test
  void topic4IsRealisedByTheCommunicatieplanAdoptedBeforeItsDeadline() {
    // Communicatieplan CJG Bergen 2012, 1. inleiding: "vastgesteld door de kernpartners op 25 april 2012";
    // Werkplan CJG Bergen 2012, onderwerp 4: "Gerealiseerd voor 1 mei 2012".
    WerkplanItem bekendheid = BergenPlannen.bekendheid();
    assertEquals(LocalDate.of(2012, 5, 1), bekendheid.gerealiseerdVoor());
    assertEquals(BergenPlannen.communicatieplan2012().vastgesteldOp().orElseThrow(), bekendheid.evaluaties().get(0).datum());
    assertFalse(bekendheid.isAchterstalligOp(LocalDate.of(2012, 5, 15)));
  }

  @Test
  void everyEvaluationTheSourcesDoNotDateSaysItsDateIsAnAssumption() {
    List<Evaluatie> evaluaties = new java.util.ArrayList<>(werkplan.evaluaties());
    werkplan.items().forEach(item -> evaluaties.addAll(item.evaluaties()));
    List<Evaluatie> oktober = evaluaties.stream().filter(e -> e.datum().equals(BergenPlannen.OKTOBER_2012)).toList();
    assertEquals(5, oktober.size());
    for (Evaluatie evaluatie : oktober) {
      assertTrue(evaluatie.tekst().contains(BergenPlannen.AANNAME + "de datum."), evaluatie.tekst());
    }
    for (Evaluatie evaluatie : evaluaties) {
      assertEquals(
          evaluatie.uitkomst().isPresent(), evaluatie.tekst().contains(BergenPlannen.AANNAME + "de uitkomst."), evaluatie.tekst());
    }
  }

  @Test
  void anItemAloneIsNotOverdueBeforeItsDeadline() {
    WerkplanItem item = BergenPlannen.rollenTakenEnSamenwerkingsafspraken();
    assertFalse(item.isAchterstalligOp(LocalDate.of(2012, 10, 31)));
    assertTrue(item.isAchterstalligOp(LocalDate.of(2012, 11, 1)));
  }

  @Test
  void interimEvaluationsInJuneAndOctober() {
    assertEquals(List.of(YearMonth.of(2012, 6), YearMonth.of(2012, 10)), werkplan.tussentijdseEvaluaties());
    assertEquals(Optional.of(YearMonth.of(2012, 6)), werkplan.volgendeEvaluatie(LocalDate.of(2012, 1, 1)));
    assertEquals(Optional.of(YearMonth.of(2012, 6)), werkplan.volgendeEvaluatie(LocalDate.of(2012, 6, 30)));
    assertEquals(Optional.of(YearMonth.of(2012, 10)), werkplan.volgendeEvaluatie(LocalDate.of(2012, 7, 1)));
    assertEquals(Optional.empty(), werkplan.volgendeEvaluatie(LocalDate.of(2012, 11, 1)));
  }

  @Test
  void itemNumbersAreUnique() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> Werkplan.builder().from(werkplan).addItem(BergenPlannen.bekendheid()).build());
    assertEquals(Werkplan.NUMMERS_CODE, e.code());
  }

  @Test
  void anItemHasANumberFromOneAndASubject() {
    WerkplanItem item = BergenPlannen.bekendheid();
    assertEquals(
        WerkplanItem.NUMMER_CODE,
        assertThrows(InvalidValueException.class, () -> WerkplanItem.builder().from(item).nummer(0).build()).code());
    assertEquals(
        WerkplanItem.ONDERWERP_CODE,
        assertThrows(InvalidValueException.class, () -> WerkplanItem.builder().from(item).onderwerp(" ").build()).code());
  }

  @Test
  void anEvaluationHasAText() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> Evaluatie.builder().datum(LocalDate.of(2012, 6, 29)).tekst("").build());
    assertEquals(Evaluatie.TEKST_CODE, e.code());
  }

  @Test
  void werkplan001AnItemsEvaluationBeforeThePlanYear() {
    Evaluatie teVroeg =
        Evaluatie.builder()
            .datum(LocalDate.of(2011, 10, 31))
            .tekst("Evaluatie CJG aan de gemeenteraad aangeboden.")
            .uitkomst(Evaluatie.Voortgang.IN_UITVOERING)
            .build();
    WerkplanItem casusoverleg =
        WerkplanItem.builder().from(werkplan.item(2).orElseThrow()).evaluaties(List.of(teVroeg)).build();
    Werkplan plan = Werkplan.builder().from(werkplan).items(List.of(werkplan.item(1).orElseThrow(), casusoverleg)).build();

    Violation violation = single(VALIDATOR.validate(plan));
    assertEquals("WERKPLAN-001", violation.ruleId());
    assertEquals("items[1].evaluaties[0].datum", violation.path());
    assertEquals("de evaluatie is gedateerd vóór het planjaar 2012", violation.message());
    assertEquals(
        "the evaluation is dated before the plan year 2012",
        single(CjgValidator.create(Locale.ENGLISH).validate(plan)).message());
  }

  @Test
  void werkplan001ThePlansOwnEvaluationBeforeThePlanYear() {
    Werkplan plan =
        Werkplan.builder()
            .from(werkplan)
            .evaluaties(
                List.of(
                    werkplan.evaluaties().get(0),
                    Evaluatie.builder().datum(LocalDate.of(2011, 12, 31)).tekst("Voorbereiding werkplan.").build()))
            .build();
    Violation violation = single(VALIDATOR.validate(plan));
    assertEquals("WERKPLAN-001", violation.ruleId());
    assertEquals("evaluaties[1].datum", violation.path());
  }

  @Test
  void werkplan001OnTheFirstDayOfThePlanYearAndLaterIsFine() {
    Werkplan plan =
        Werkplan.builder()
            .from(werkplan)
            .addEvaluaties(
                Evaluatie.builder().datum(LocalDate.of(2012, 1, 1)).tekst("Start.").build(),
                Evaluatie.builder().datum(LocalDate.of(2013, 1, 15)).tekst("Voorzet werkplan 2013.").build())
            .build();
    assertTrue(VALIDATOR.validate(plan).isValid());
  }

  @Test
  void werkplan002ADeadlineOutsideThePlanYear() {
    WerkplanItem bekendheid = WerkplanItem.builder().from(BergenPlannen.bekendheid()).gerealiseerdVoor(LocalDate.of(2013, 5, 1)).build();
    WerkplanItem ambitie =
        WerkplanItem.builder().from(BergenPlannen.ambitieEnVoorzieningenniveau()).gerealiseerdVoor(LocalDate.of(2012, 1, 1)).build();
    Werkplan plan = Werkplan.builder().from(werkplan).items(List.of(ambitie, bekendheid)).build();

    ValidationResult result = VALIDATOR.validate(plan);
    assertEquals(2, result.violations().size());
    assertEquals("WERKPLAN-002", result.violations().get(0).ruleId());
    assertEquals("items[0].gerealiseerdVoor", result.violations().get(0).path());
    assertEquals("WERKPLAN-002", result.violations().get(1).ruleId());
    assertEquals("items[1].gerealiseerdVoor", result.violations().get(1).path());
    assertEquals("de planning (gerealiseerd voor) valt niet in het planjaar 2012", result.violations().get(0).message());
  }

  @Test
  void werkplan002BeforeTheFirstOfJanuaryOfTheNextYearIsInThePlanYear() {
    WerkplanItem item = WerkplanItem.builder().from(BergenPlannen.bekendheid()).gerealiseerdVoor(LocalDate.of(2013, 1, 1)).build();
    assertTrue(VALIDATOR.validate(Werkplan.builder().from(werkplan).items(List.of(item)).build()).isValid());
  }

  @Test
  void werkplan001And002DecideEveryYearAYearCanHold() {
    WerkplanItem laatsteDag = WerkplanItem.builder().from(BergenPlannen.bekendheid()).evaluaties(List.of()).gerealiseerdVoor(LocalDate.MAX).build();
    Werkplan laatsteJaar =
        Werkplan.builder().from(werkplan).jaar(Year.of(Year.MAX_VALUE)).evaluaties(List.of()).items(List.of(laatsteDag)).build();
    assertTrue(VALIDATOR.validate(laatsteJaar).isValid());

    WerkplanItem volgendJaar =
        WerkplanItem.builder().from(BergenPlannen.bekendheid()).evaluaties(List.of())
            .gerealiseerdVoor(LocalDate.of(Year.MAX_VALUE, 1, 1)).build();
    Werkplan voorlaatsteJaar =
        Werkplan.builder().from(werkplan).jaar(Year.of(Year.MAX_VALUE - 1)).evaluaties(List.of()).items(List.of(volgendJaar)).build();
    assertTrue(VALIDATOR.validate(voorlaatsteJaar).isValid());

    Werkplan eersteJaar =
        Werkplan.builder().from(werkplan).jaar(Year.of(Year.MIN_VALUE)).items(List.of(laatsteDag)).build();
    Violation violation = single(VALIDATOR.validate(eersteJaar));
    assertEquals("WERKPLAN-002", violation.ruleId());
    assertEquals("items[0].gerealiseerdVoor", violation.path());
  }

  private static List<Integer> nummers(List<WerkplanItem> items) {
    return items.stream().map(WerkplanItem::nummer).toList();
  }

  static Violation single(ValidationResult result) {
    assertEquals(1, result.violations().size(), result.violations().toString());
    return result.violations().get(0);
  }
}
