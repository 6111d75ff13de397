package nl.cjg.core.sample;

import java.util.SplittableRandom;

/**
 * A discrete distribution over {@code 0..n-1} given by non-negative weights, drawn from by binary
 * search in the cumulative weights. Immutable and thread-safe.
 */
final class Gewichten {
  private final double[] cumulatief;

  /**
   * @param gewichten the weights, at least one positive
   */
  Gewichten(double[] gewichten) {
    cumulatief = new double[gewichten.length];
    double som = 0;
    for (int i = 0; i < gewichten.length; i++) {
      if (!(gewichten[i] >= 0)) {
        throw new IllegalArgumentException("weights must not be negative");
      }
      som += gewichten[i];
      cumulatief[i] = som;
    }
    if (!(som > 0)) {
      throw new IllegalArgumentException("at least one weight must be positive");
    }
  }

  /** An index drawn with probability proportional to its weight. */
  int trek(SplittableRandom random) {
    double u = random.nextDouble() * cumulatief[cumulatief.length - 1];
    int laag = 0;
    int hoog = cumulatief.length - 1;
    while (laag < hoog) {
      int midden = (laag + hoog) >>> 1;
      if (u < cumulatief[midden]) {
        hoog = midden;
      } else {
        laag = midden + 1;
      }
    }
    return laag;
  }

  /** The probability of index {@code i}. */
  double kans(int i) {
    double vorige = i == 0 ? 0 : cumulatief[i - 1];
    return (cumulatief[i] - vorige) / cumulatief[cumulatief.length - 1];
  }
}
