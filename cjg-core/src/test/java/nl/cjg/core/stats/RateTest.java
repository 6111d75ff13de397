package nl.cjg.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.cjg.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class RateTest {
  @Test
  void shareOfThePopulation() {
    // Werkplan CJG Bergen 2012, uitwerking 1, Bureau Jeugdzorg, kinderen bij Bureau Jeugdzorg: 112 clients of 6464 young people 0-19; the source's 1.75% should read 1.73%.
    Rate share = Rate.aandeel(112, 6464);
    assertEquals(Rate.Kind.AANDEEL, share.kind());
    assertEquals(Optional.of(new BigDecimal("1.73")), share.percentage(2));
    assertFalse(share.exceedsBase());
    assertFalse(share.isImpossible());
  }

  @Test
  void realisationAgainstTheBtpMayExceed100Percent() {
    // Werkplan CJG Bergen 2012, uitwerking 1, aanbod JGZ, kinderen 0-4 jaar: 1467 contact moments performed against a BTP norm of 1155 (seed: 127%) and of
    // 1385 (seed: 108.1%, but 1467 / 1385 is 105.9%).
    Rate verpleegkundige = Rate.realisatie(1467, 1155);
    assertEquals(Optional.of(new BigDecimal("127")), verpleegkundige.percentage(0));
    assertTrue(verpleegkundige.exceedsBase());
    assertFalse(verpleegkundige.isImpossible());
    assertEquals(Optional.of(new BigDecimal("105.9")), Rate.realisatie(1467, 1385).percentage(1));
  }

  @Test
  void aShareAboveItsBaseIsFlaggedAsImpossibleButStillComputed() {
    Rate attendance = Rate.opkomst(12, 10);
    assertTrue(attendance.isImpossible());
    assertEquals(Optional.of(new BigDecimal("120")), attendance.percentage(0));
    assertTrue(Rate.bereik(3, 2).isImpossible());
    assertFalse(Rate.verhouding(3, 2).isImpossible());
  }

  @Test
  void anEmptyBaseIsUndefinedNotNaN() {
    Rate undefined = Rate.bereik(0, 0);
    assertFalse(undefined.isDefined());
    assertEquals(Optional.empty(), undefined.percentage(1));
    assertEquals(Optional.empty(), undefined.value(1));
    assertEquals(OptionalDouble.empty(), undefined.fraction());
    assertTrue(Rate.bereik(3, 0).isImpossible());
  }

  @Test
  void caseMeetingPilotFigures() {
    // Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de pilot (duur/frequentie), Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de pilot (overige evaluatiepunten): 5 meetings, 11 requests; 1.5 h planned per meeting, each ran half an
    // hour to an hour over.
    assertEquals(Optional.of(new BigDecimal("2.2")), Rate.verhouding(11, 5).value(1));
    long plannedMinutes = 5 * 90;
    assertEquals(Optional.of(new BigDecimal("133")), Rate.realisatie(5 * 120, plannedMinutes).percentage(0));
    assertEquals(Optional.of(new BigDecimal("167")), Rate.realisatie(5 * 150, plannedMinutes).percentage(0));
  }

  @Test
  void pupilsLivingInBergen() {
    // Werkplan CJG Bergen 2012, uitwerking 1, leerlingen per school: pupils per school and how many live in Bergen.
    assertEquals(Optional.of(new BigDecimal("25.1")), Rate.aandeel(125, 499).percentage(1));
    assertEquals(Optional.of(new BigDecimal("50.0")), Rate.aandeel(398, 796).percentage(1));
    assertEquals(Optional.of(new BigDecimal("70.1")), Rate.aandeel(162, 231).percentage(1));
  }

  @Test
  void ratesMergeByAddingCountsAndBases() {
    Rate merged = Rate.aandeel(1, 4).merge(Rate.aandeel(2, 6));
    assertEquals(Rate.aandeel(3, 10), merged);
    assertEquals(merged, merged.merge(Rate.empty(Rate.Kind.AANDEEL)));
    assertThrows(IllegalArgumentException.class, () -> merged.merge(Rate.bereik(1, 1)));
    assertThrows(IllegalArgumentException.class, () -> merged.percentage(-1));
  }

  @Test
  void negativeNumbersCannotMakeARate() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Rate.aandeel(-1, 10));
    assertEquals(Rate.NEGATIVE_CODE, e.code());
    assertEquals("RATE-S01", assertThrows(InvalidValueException.class, () -> Rate.aandeel(1, -10)).code());
  }
}
