package nl.cjg.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import nl.cjg.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class ProportionComparisonTest {
  @Test
  void wilsonIntervalsOfNewcombe1998() {
    // R. G. Newcombe, Statistics in Medicine 17 (1998) 857-872, table I, method 3 (score).
    assertInterval(0.2553, 0.3662, ConfidenceInterval.wilson(Rate.aandeel(81, 263), 0.95));
    assertInterval(0.0624, 0.1605, ConfidenceInterval.wilson(Rate.aandeel(15, 148), 0.95));
    assertInterval(0.0000, 0.1611, ConfidenceInterval.wilson(Rate.aandeel(0, 20), 0.95));
    assertInterval(0.0061, 0.1718, ConfidenceInterval.wilson(Rate.aandeel(1, 29), 0.95));
    assertInterval(0.8830, 1.0000, ConfidenceInterval.wilson(Rate.aandeel(29, 29), 0.95));
  }

  @Test
  void wilsonBoundsAreExactlyZeroAndOneAtTheExtremes() {
    ConfidenceInterval none = ConfidenceInterval.wilson(Rate.aandeel(0, 37), 0.95);
    ConfidenceInterval all = ConfidenceInterval.wilson(Rate.aandeel(37, 37), 0.95);
    assertEquals(0.0, none.lower());
    assertEquals(1.0, all.upper());
    assertTrue(none.contains(0.0));
    assertTrue(all.contains(1.0));
    ConfidenceInterval difference =
        ProportionComparison.of(Rate.aandeel(0, 37), Rate.aandeel(37, 37)).differenceInterval();
    assertTrue(difference.upper() <= 1.0 && difference.lower() >= -1.0, difference.toString());
    assertTrue(difference.contains(1.0));
  }

  @Test
  void differenceIntervalOfNewcombe1998() {
    // Newcombe (1998), table II example (a): 56/70 - 48/80, method 10: 0.0524 to 0.3339.
    ProportionComparison comparison = ProportionComparison.of(Rate.aandeel(48, 80), Rate.aandeel(56, 70));
    assertEquals(0.2, comparison.difference(), 1e-12);
    assertInterval(0.0524, 0.3339, comparison.differenceInterval());
    assertEquals(2.6501719512585336, comparison.zScore().orElseThrow(), 1e-12);
    assertEquals(0.00804508136819656, comparison.pValue(), 1e-15);
    assertTrue(comparison.isSignificant());
  }

  @Test
  void aCampaignRaisingAwarenessFrom20To30Percent() {
    // The communicatieplan's 0-meting: 20% of parents know the CJG (Communicatieplan CJG Bergen 2012, 1. inleiding (situatieschets)). The sources give no
    // sample sizes; with 300 parents asked each time, 30% in the 1-meting is a significant rise.
    ProportionComparison comparison = ProportionComparison.of(Rate.aandeel(60, 300), Rate.aandeel(90, 300));
    assertEquals(0.1, comparison.difference(), 1e-12);
    assertInterval(0.0307, 0.1681, comparison.differenceInterval());
    assertEquals(2.8284271247461894, comparison.zScore().orElseThrow(), 1e-12);
    assertEquals(0.004677734981047275, comparison.pValue(), 1e-15);
    assertTrue(comparison.isSignificant());
    assertTrue(comparison.beforeInterval().contains(0.2));
    assertEquals(0.95, comparison.afterInterval().confidence());
  }

  @Test
  void noVariationMeansNoTestStatisticAndPValue1() {
    ProportionComparison comparison = ProportionComparison.of(Rate.aandeel(0, 40), Rate.aandeel(0, 50));
    assertEquals(OptionalDouble.empty(), comparison.zScore());
    assertEquals(1, comparison.pValue());
    assertFalse(comparison.isSignificant());
  }

  @Test
  void sampleSizesForTheSeedsParents() {
    // 0-meting 20%, 7300 (future) parents in Bergen (Communicatieplan CJG Bergen 2012, 5. doelgroepen); margin 5 points at 95%.
    assertEquals(246, SampleSize.forMarginOfError(0.05, 0.95, 0.2));
    assertEquals(238, SampleSize.forMarginOfError(0.05, 0.95, 0.2, 7300));
    assertEquals(385, SampleSize.forMarginOfError(0.05, 0.95, 0.5));
    assertEquals(365, SampleSize.forMarginOfError(0.05, 0.95, 0.5, 7300));
    assertEquals(625, SampleSize.forMarginOfError(0.03, 0.95, 0.2, 7300));
    assertEquals(1, SampleSize.forMarginOfError(0.05, 0.95, 0));
    assertEquals(10, SampleSize.forMarginOfError(0.001, 0.95, 0.5, 10));
    assertThrows(IllegalArgumentException.class, () -> SampleSize.forMarginOfError(0, 0.95, 0.5));
    assertThrows(IllegalArgumentException.class, () -> SampleSize.forMarginOfError(0.05, 1, 0.5));
    assertThrows(IllegalArgumentException.class, () -> SampleSize.forMarginOfError(0.05, 0.95, 1.5));
    assertThrows(IllegalArgumentException.class, () -> SampleSize.forMarginOfError(0.05, 0.95, 0.5, 0));
  }

  @Test
  void measurementsMustBeProportions() {
    assertEquals(
        ProportionComparison.PROPORTION_CODE,
        assertThrows(InvalidValueException.class, () -> ProportionComparison.of(Rate.aandeel(0, 0), Rate.aandeel(1, 2)))
            .code());
    assertEquals(
        "COMPARISON-S01",
        assertThrows(InvalidValueException.class, () -> ProportionComparison.of(Rate.aandeel(1, 2), Rate.aandeel(3, 2)))
            .code());
    assertEquals(
        ProportionComparison.CONFIDENCE_CODE,
        assertThrows(
                InvalidValueException.class, () -> ProportionComparison.of(Rate.aandeel(1, 2), Rate.aandeel(1, 2), 1.0))
            .code());
    assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.wilson(Rate.aandeel(1, 0), 0.95));
    assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.wilson(Rate.aandeel(1, 2), 0));
  }

  @Test
  void intervalsAreOrdered() {
    assertEquals(
        ConfidenceInterval.BOUNDS_CODE,
        assertThrows(InvalidValueException.class, () -> ConfidenceInterval.of(0.5, 0.4, 0.95)).code());
    assertEquals(
        ConfidenceInterval.BOUNDS_CODE,
        assertThrows(InvalidValueException.class, () -> ConfidenceInterval.of(0.4, 0.5, 1.5)).code());
  }

  private static void assertInterval(double lower, double upper, ConfidenceInterval interval) {
    assertEquals(lower, interval.lower(), 0.00005, "lower");
    assertEquals(upper, interval.upper(), 0.00005, "upper");
  }
}
