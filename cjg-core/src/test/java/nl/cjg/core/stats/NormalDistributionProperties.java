package nl.cjg.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

class NormalDistributionProperties {
  @Property(tries = 500)
  void quantileInvertsTheCdf(@ForAll("tails") double tail, @ForAll boolean upper) {
    double p = upper ? 1 - tail : tail;
    double exactTail = upper ? 1 - p : p;
    double z = NormalDistribution.quantile(p);
    double back = upper ? NormalDistribution.upperTail(z) : NormalDistribution.cdf(z);
    assertEquals(exactTail, back, 1e-12 * exactTail);
  }

  @Provide
  Arbitrary<Double> tails() {
    return Arbitraries.doubles().between(-12, -0.302).ofScale(6).map(exponent -> Math.pow(10, exponent));
  }

  @Property(tries = 500)
  void cdfIsSymmetricAndIncreasing(@ForAll @DoubleRange(min = -30, max = 30) double z) {
    assertEquals(1, NormalDistribution.cdf(z) + NormalDistribution.cdf(-z), 1e-15);
    assertTrue(NormalDistribution.cdf(z + 0.01) >= NormalDistribution.cdf(z));
  }
}
