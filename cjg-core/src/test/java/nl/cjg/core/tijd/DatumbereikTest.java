package nl.cjg.core.tijd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.cjg.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class DatumbereikTest {
  @Test
  void aYear() {
    Datumbereik jaar = Datumbereik.jaar(2010);
    assertEquals(LocalDate.of(2010, 1, 1), jaar.begin());
    assertEquals(LocalDate.of(2010, 12, 31), jaar.eind());
    assertTrue(jaar.bevat(LocalDate.of(2010, 12, 31)));
    assertFalse(jaar.bevat(LocalDate.of(2011, 1, 1)));
    assertFalse(jaar.bevat(LocalDate.of(2009, 12, 31)));
  }

  @Test
  void theThirdQuarterOf2011AsTheAwbzFigures() {
    assertEquals(Datumbereik.of(LocalDate.of(2011, 7, 1), LocalDate.of(2011, 9, 30)), Datumbereik.kwartaal(2011, 3));
    assertEquals(LocalDate.of(2012, 3, 31), Datumbereik.kwartaal(2012, 1).eind());
    assertEquals(LocalDate.of(2011, 12, 31), Datumbereik.kwartaal(2011, 4).eind());
  }

  @Test
  void aQuarterIsNumberedOneToFour() {
    assertEquals(Datumbereik.QUARTER_CODE, assertThrows(InvalidValueException.class, () -> Datumbereik.kwartaal(2011, 0)).code());
    assertEquals(Datumbereik.QUARTER_CODE, assertThrows(InvalidValueException.class, () -> Datumbereik.kwartaal(2011, 5)).code());
  }

  @Test
  void theEndDoesNotLieBeforeTheBegin() {
    assertTrue(Datumbereik.of(LocalDate.of(2011, 7, 1), LocalDate.of(2011, 7, 1)).bevat(LocalDate.of(2011, 7, 1)));
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Datumbereik.of(LocalDate.of(2011, 7, 1), LocalDate.of(2011, 6, 30)));
    assertEquals(Datumbereik.ORDER_CODE, e.code());
  }
}
