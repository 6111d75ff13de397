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
  void liesWithin() {
    Leeftijdsgroep cjg = Leeftijdsindelingen.CJG_DOELGROEP;
    assertTrue(Leeftijdsgroep.of(0, 19).ligtBinnen(cjg));
    assertTrue(Leeftijdsgroep.of(19, 24).ligtBinnen(cjg));
    assertFalse(Leeftijdsgroep.of(20, 25).ligtBinnen(cjg));
    assertFalse(cjg.ligtBinnen(Leeftijdsgroep.of(1, 24)));
  }

  @Test
  void sameBoundsWhateverTheName() {
    Leeftijdsgroep named = Leeftijdsgroep.builder().van(0).tot(5).naam("0 - 5 jaar").build();
    assertTrue(named.heeftZelfdeGrenzen(Leeftijdsgroep.of(0, 5)));
    assertFalse(named.heeftZelfdeGrenzen(Leeftijdsgroep.of(0, 4)));
    assertFalse(named.heeftZelfdeGrenzen(Leeftijdsgroep.of(1, 5)));
  }

  @Test
  void overlap() {
    assertTrue(Leeftijdsgroep.of(0, 5).overlapt(Leeftijdsgroep.of(4, 12)));
    assertFalse(Leeftijdsgroep.of(0, 4).overlapt(Leeftijdsgroep.of(4, 12)));
  }
}
