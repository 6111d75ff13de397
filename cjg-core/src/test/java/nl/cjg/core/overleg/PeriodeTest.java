package nl.cjg.core.overleg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.cjg.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class PeriodeTest {
  private static final LocalDate MAART = LocalDate.of(2012, 3, 1);
  private static final LocalDate JUNI = LocalDate.of(2012, 6, 15);

  @Test
  void bothEndsAreIncluded() {
    Periode pilot = Periode.of(MAART, JUNI);
    assertFalse(pilot.bevat(MAART.minusDays(1)));
    assertTrue(pilot.bevat(MAART));
    assertTrue(pilot.bevat(JUNI));
    assertFalse(pilot.bevat(JUNI.plusDays(1)));
  }

  @Test
  void aSingleDayIsAPeriod() {
    Periode dag = Periode.dag(MAART);
    assertEquals(MAART, dag.van());
    assertEquals(MAART, dag.totEnMet());
    assertTrue(dag.bevat(MAART));
    assertFalse(dag.bevat(MAART.plusDays(1)));
  }

  @Test
  void aPeriodCannotEndBeforeItStarts() {
    InvalidValueException thrown = assertThrows(InvalidValueException.class, () -> Periode.of(JUNI, MAART));
    assertEquals("PLANNING-S01", thrown.code());
  }
}
