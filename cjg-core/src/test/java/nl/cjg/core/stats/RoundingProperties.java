package nl.cjg.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class RoundingProperties {
  @Property
  void largestRemainderAddsUpToExactly100WithinOneUnit(
      @ForAll("counts") List<Long> counts, @ForAll @IntRange(min = 0, max = 3) int decimals) {
    long sum = counts.stream().mapToLong(Long::longValue).sum();
    Assume.that(sum > 0);
    List<BigDecimal> percentages = Rounding.largestRemainder(counts, decimals);
    assertEquals(0, percentages.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(BigDecimal.valueOf(100)));
    BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
    for (int i = 0; i < counts.size(); i++) {
      BigDecimal exact = BigDecimal.valueOf(counts.get(i) * 100).divide(BigDecimal.valueOf(sum), MathContext.DECIMAL128);
      assertTrue(percentages.get(i).subtract(exact).abs().compareTo(unit) < 0);
      assertEquals(decimals, percentages.get(i).scale());
    }
  }

  @Property
  void halfUpLiesWithinHalfAUnitAndRoundsHalvesUp(
      @ForAll("amounts") BigDecimal value, @ForAll @IntRange(min = 0, max = 4) int decimals) {
    BigDecimal rounded = Rounding.halfUp(value, decimals);
    BigDecimal half = BigDecimal.valueOf(5).movePointLeft(decimals + 1);
    BigDecimal error = rounded.subtract(value);
    assertTrue(error.abs().compareTo(half) <= 0);
    if (error.abs().compareTo(half) == 0) {
      assertTrue(rounded.compareTo(value) > 0, "a half is rounded up");
    }
  }

  @Provide
  Arbitrary<List<Long>> counts() {
    return Arbitraries.longs().between(0, 1_000_000).list().ofMinSize(1).ofMaxSize(20);
  }

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100_000)).ofScale(6);
  }
}
