package nl.cjg.core.populatie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.cjg.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class LeeftijdsgroepTest {
  @Test
  void halfOpen() {
    Leeftijdsgroep band = Leeftijdsgroep.of(5, 10);
    assertFalse(band.bevat(4));
    assertTrue(band.bevat(5));
    assertTrue(band.bevat(9));
    assertFalse(band.bevat(10));
    assertEquals("5–9", band.naam());
  }

  @Test
  void lowerBoundMustLieBelowUpperBound() {
    assertEquals(Leeftijdsgroep.BOUNDS_CODE, assertThrows(InvalidValueException.class, () -> Leeftijdsgroep.of(4, 4)).code());
    assertEquals(Leeftijdsgroep.BOUNDS_CODE, assertThrows(InvalidValueException.class, () -> Leeftijdsgroep.of(-1, 4)).code());
  }

  @Test
  void overlap() {
    assertTrue(Leeftijdsgroep.of(0, 5).overlapt(Leeftijdsgroep.of(4, 12)));
    assertFalse(Leeftijdsgroep.of(0, 4).overlapt(Leeftijdsgroep.of(4, 12)));
  }
}
