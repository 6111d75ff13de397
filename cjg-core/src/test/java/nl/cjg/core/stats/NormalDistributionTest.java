package nl.cjg.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reference values computed with mpmath at 40 significant digits. */
class NormalDistributionTest {
  private static void assertRelative(double expected, double actual) {
    assertRelative(expected, actual, 1e-14);
  }

  private static void assertRelative(double expected, double actual, double tolerance) {
    assertTrue(
        Math.abs(actual - expected) <= tolerance * Math.abs(expected),
        () -> "expected " + expected + " but was " + actual);
  }

  @Test
  void erfcInAllThreeIntervalsAndForNegativeArguments() {
    assertRelative(0.887537083981715, NormalDistribution.erfc(0.1));
    assertRelative(0.4795001221869535, NormalDistribution.erfc(0.5));
    assertRelative(0.08968602177036464, NormalDistribution.erfc(1.2));
    assertRelative(2.209049699858544e-05, NormalDistribution.erfc(3));
    assertRelative(1.9661604415428876e-10, NormalDistribution.erfc(4.5));
    assertRelative(2.1519736712498913e-17, NormalDistribution.erfc(6));
    assertRelative(2.088487583762545e-45, NormalDistribution.erfc(10));
    assertRelative(5.663192408856143e-296, NormalDistribution.erfc(26));
    assertRelative(1.8427007929497148, NormalDistribution.erfc(-1));
    assertEquals(0, NormalDistribution.erfc(27));
    assertEquals(2, NormalDistribution.erfc(-27));
    assertEquals(1, NormalDistribution.erfc(0));
  }

  @Test
  void cdfAndTails() {
    assertEquals(0.5, NormalDistribution.cdf(0));
    assertRelative(0.9750021048517795, NormalDistribution.cdf(1.96));
    assertRelative(0.15865525393145705, NormalDistribution.cdf(-1));
    assertRelative(0.0013498980316300946, NormalDistribution.cdf(-3));
    assertRelative(9.479534822203318e-18, NormalDistribution.cdf(-8.5));
    // Far in the tail, rounding z / sqrt(2) costs about z² ulps: 37² * 1.1e-16 = 1.5e-13.
    assertRelative(5.725571222524577e-300, NormalDistribution.cdf(-37), 2e-13);
    assertRelative(2.866515718791939e-07, NormalDistribution.upperTail(5));
    assertRelative(7.619853024160525e-24, NormalDistribution.upperTail(10));
    assertRelative(2 * 2.866515718791939e-07, NormalDistribution.twoSidedPValue(-5));
    assertRelative(0.3989422804014327, NormalDistribution.density(0));
  }

  @Test
  void quantiles() {
    assertEquals(1.9599639845400538, NormalDistribution.quantile(0.975), 1e-14);
    assertEquals(-6.361340902404057, NormalDistribution.quantile(1e-10), 1e-13);
    assertEquals(-0.5244005127080408, NormalDistribution.quantile(0.3), 1e-14);
    assertEquals(4.753424308817087, NormalDistribution.quantile(0.999999), 1e-12);
    assertEquals(0, NormalDistribution.quantile(0.5));
    assertThrows(IllegalArgumentException.class, () -> NormalDistribution.quantile(0));
    assertThrows(IllegalArgumentException.class, () -> NormalDistribution.quantile(1));
    assertThrows(IllegalArgumentException.class, () -> NormalDistribution.quantile(Double.NaN));
  }
}
