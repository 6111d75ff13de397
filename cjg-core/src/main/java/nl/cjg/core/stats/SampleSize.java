package nl.cjg.core.stats;

/**
 * How many respondents a survey needs to estimate a proportion within a wanted margin of error,
 * such as the awareness of the CJG among the 7300 parents of Bergen.
 *
 * <p>For a margin {@code e}, a confidence level with normal quantile {@code z} and an expected
 * proportion {@code p}, an infinite population needs {@code n0 = z² p (1 - p) / e²}
 * respondents (Cochran, <i>Sampling Techniques</i>, 1977). For a population of {@code N} the
 * finite population correction gives {@code n = n0 / (1 + (n0 - 1) / N)}. Both are rounded up.
 * {@code p = 0.5} is the safe choice when nothing is known; a previous measurement (the 0-meting's
 * 20%) gives a smaller sample.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SampleSize {
  private SampleSize() {}

  /**
   * The sample size for an infinite population.
   *
   * @param margin the wanted margin of error as a fraction, strictly between 0 and 1 (0.05 is 5
   *     percentage points)
   * @param confidence the confidence level, strictly between 0 and 1, such as 0.95
   * @param expectedProportion the expected proportion, in {@code [0, 1]}
   * @return the number of respondents, at least 1
   * @throws IllegalArgumentException when an argument is out of range
   */
  public static long forMarginOfError(double margin, double confidence, double expectedProportion) {
    return roundUp(infinite(margin, confidence, expectedProportion));
  }

  /**
   * The sample size for a finite population.
   *
   * @param margin the wanted margin of error as a fraction, strictly between 0 and 1
   * @param confidence the confidence level, strictly between 0 and 1, such as 0.95
   * @param expectedProportion the expected proportion, in {@code [0, 1]}
   * @param population the population size, at least 1
   * @return the number of respondents, at least 1 and at most the population
   * @throws IllegalArgumentException when an argument is out of range
   */
  public static long forMarginOfError(
      double margin, double confidence, double expectedProportion, long population) {
    if (population < 1) {
      throw new IllegalArgumentException("a population has at least 1 member");
    }
    double n0 = infinite(margin, confidence, expectedProportion);
    return Math.min(population, roundUp(n0 / (1 + (n0 - 1) / population)));
  }

  private static double infinite(double margin, double confidence, double expectedProportion) {
    if (!(margin > 0 && margin < 1)) {
      throw new IllegalArgumentException("a margin of error lies strictly between 0 and 1");
    }
    if (!(expectedProportion >= 0 && expectedProportion <= 1)) {
      throw new IllegalArgumentException("an expected proportion lies between 0 and 1");
    }
    double z = ConfidenceInterval.zFor(confidence);
    return z * z * expectedProportion * (1 - expectedProportion) / (margin * margin);
  }

  /** Rounds up, ignoring the last bits of floating-point noise above a whole number. */
  private static long roundUp(double n) {
    return Math.max(1, (long) Math.ceil(n - 1e-9));
  }
}
