package nl.cjg.core.populatie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class LeeftijdsindelingTest {
  @Test
  void cbsFiveYearBandsAsTheBergenTable() {
    Leeftijdsindeling cbs = Leeftijdsindelingen.CBS_VIJFJAARSGROEPEN;
    assertTrue(cbs.isVolledig());
    assertEquals(0, cbs.van());
    assertEquals(25, cbs.tot());
    assertEquals("0 - 5 jaar", cbs.groepVoor(4).orElseThrow().naam());
    assertEquals("5 - 10 jaar", cbs.groepVoor(5).orElseThrow().naam());
    assertEquals("20 - 25 jaar", cbs.groepVoor(24).orElseThrow().naam());
    assertEquals(Optional.empty(), cbs.groepVoor(25));
  }

  @Test
  void cjgServiceBandsRunThroughTwentyThree() {
    Leeftijdsindeling cjg = Leeftijdsindelingen.CJG_LEEFTIJDSGROEPEN;
    assertTrue(cjg.isVolledig());
    assertEquals("0 – 4 jaar", cjg.groepVoor(3).orElseThrow().naam());
    assertEquals("4 – 12 jaar", cjg.groepVoor(4).orElseThrow().naam());
    assertEquals("12 – 19 jaar", cjg.groepVoor(18).orElseThrow().naam());
    assertEquals("19 – 23 jaar", cjg.groepVoor(23).orElseThrow().naam());
    assertEquals(Optional.empty(), cjg.groepVoor(24));
    assertTrue(Leeftijdsgroep.of(cjg.van(), cjg.tot()).heeftZelfdeGrenzen(Leeftijdsindelingen.CJG_DOELGROEP));
  }

  @Test
  void cbsYouthCareBandsEndAtTheTwentyThirdBirthday() {
    Leeftijdsindeling jeugdzorg = Leeftijdsindelingen.CBS_JEUGDZORG;
    assertTrue(jeugdzorg.isVolledig());
    assertEquals("12 tot 18 jaar", jeugdzorg.groepVoor(17).orElseThrow().naam());
    assertEquals("18 tot 23 jaar", jeugdzorg.groepVoor(22).orElseThrow().naam());
    assertEquals(Optional.empty(), jeugdzorg.groepVoor(23));
  }

  @Test
  void jgzContactMomentsLeaveGaps() {
    Leeftijdsindeling jgz = Leeftijdsindelingen.JGZ_CONTACTMOMENTEN;
    assertFalse(jgz.isVolledig());
    assertEquals(Optional.empty(), jgz.groepVoor(4));
    assertEquals("5-6 jaar", jgz.groepVoor(6).orElseThrow().naam());
    assertEquals(Optional.empty(), jgz.groepVoor(7));
    assertEquals("10-11 jaar", jgz.groepVoor(11).orElseThrow().naam());
    assertEquals("2e klas VO", jgz.groepVoor(13).orElseThrow().naam());
    assertEquals(4, Leeftijdsindelingen.all().size());
  }

  @Test
  void aSetNotStartingAtZeroIsNotComplete() {
    assertFalse(Leeftijdsindeling.of("vanaf 4", List.of(Leeftijdsgroep.of(4, 12), Leeftijdsgroep.of(12, 19))).isVolledig());
    assertTrue(Leeftijdsindeling.of("een", List.of(Leeftijdsgroep.of(0, 1))).isVolledig());
  }

  @Test
  void needsAName() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Leeftijdsindeling.of(" ", List.of(Leeftijdsgroep.of(0, 4))));
    assertEquals(Leeftijdsindeling.NAME_CODE, e.code());
  }

  @Test
  void needsABand() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Leeftijdsindeling.of("leeg", List.of()));
    assertEquals(Leeftijdsindeling.EMPTY_CODE, e.code());
  }

  @Test
  void bandsMustBeAscendingWithoutOverlap() {
    InvalidValueException overlap =
        assertThrows(
            InvalidValueException.class,
            () -> Leeftijdsindeling.of("overlap", List.of(Leeftijdsgroep.of(0, 5), Leeftijdsgroep.of(4, 12))));
    assertEquals(Leeftijdsindeling.ORDER_CODE, overlap.code());
    InvalidValueException order =
        assertThrows(
            InvalidValueException.class,
            () -> Leeftijdsindeling.of("volgorde", List.of(Leeftijdsgroep.of(4, 12), Leeftijdsgroep.of(0, 4))));
    assertEquals(Leeftijdsindeling.ORDER_CODE, order.code());
  }
}
