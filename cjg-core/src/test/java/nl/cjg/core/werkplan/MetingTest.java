package nl.cjg.core.werkplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.stats.ProportionComparison;
import nl.cjg.core.tijd.Periode;
import nl.cjg.core.werkplan.Meting.Aspect;
import nl.cjg.core.werkplan.Meting.Uitkomst;
import org.junit.jupiter.api.Test;

/**
 * The 0- and 1-meting of the communicatieplan (Communicatieplan CJG Bergen 2012, hoofdstuk 11):
 * kennis, houding, gedrag and gebruik, each with its own sample, compared with a confidence
 * interval. The samples and counts here are examples, not figures of the sources.
 */
class MetingTest {
  private static final Meting NUL =
      Meting.builder().periode(Periode.jaar(2011)).steekproef(400).bekend(80)
          .addUitkomsten(Uitkomst.of(Aspect.GEBRUIK, 20, 400))
          .build();
  private static final Meting EEN =
      Meting.builder().periode(Periode.jaar(2013)).steekproef(300).bekend(120)
          .addUitkomsten(Uitkomst.of(Aspect.GEBRUIK, 18, 250), Uitkomst.of(Aspect.HOUDING, 150, 200))
          .build();

  @Test
  void eachAspectHasItsOwnSample() {
    assertEquals(300, EEN.aandeel(Aspect.KENNIS).orElseThrow().base());
    assertEquals(250, EEN.aandeel(Aspect.GEBRUIK).orElseThrow().base());
    assertEquals(200, EEN.aandeel(Aspect.HOUDING).orElseThrow().base());
    assertEquals(Optional.empty(), EEN.aandeel(Aspect.GEDRAG));
  }

  @Test
  void kennisRoseFrom20To40PercentBeyondChance() {
    ProportionComparison kennis = EEN.vergelijkMet(NUL, Aspect.KENNIS).orElseThrow();
    assertEquals(0.20, kennis.difference(), 1e-9);
    assertTrue(kennis.differenceInterval().lower() > 0, "the interval of the rise lies above 0");
    assertTrue(kennis.isSignificant());
  }

  @Test
  void gebruikFrom5To7Point2PercentIsWithinChance() {
    ProportionComparison gebruik = EEN.vergelijkMet(NUL, Aspect.GEBRUIK).orElseThrow();
    assertEquals(0.022, gebruik.difference(), 1e-9);
    assertTrue(gebruik.differenceInterval().contains(0.0));
    assertFalse(gebruik.isSignificant());
  }

  @Test
  void anAspectOnlyOneMeasurementHasIsNotCompared() {
    assertEquals(Optional.empty(), EEN.vergelijkMet(NUL, Aspect.HOUDING));
  }

  @Test
  void outcomesKeepTheirInvariants() {
    assertEquals(Uitkomst.AANTAL_CODE, assertThrows(InvalidValueException.class, () -> Uitkomst.of(Aspect.GEDRAG, 5, 4)).code());
    assertEquals(Uitkomst.AANTAL_CODE, assertThrows(InvalidValueException.class, () -> Uitkomst.of(Aspect.GEDRAG, 0, 0)).code());
    assertEquals(
        Meting.UITKOMSTEN_CODE,
        assertThrows(InvalidValueException.class,
            () -> Meting.builder().from(NUL).addUitkomsten(Uitkomst.of(Aspect.GEBRUIK, 1, 2)).build()).code());
    assertEquals(
        Meting.UITKOMSTEN_CODE,
        assertThrows(InvalidValueException.class,
            () -> Meting.builder().from(NUL).addUitkomsten(Uitkomst.of(Aspect.KENNIS, 1, 2)).build()).code());
  }
}
