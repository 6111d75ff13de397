package nl.cjg.core.aanbod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import nl.cjg.core.aanbod.Kengetal.Percentage;
import nl.cjg.core.aanbod.Kengetal.Percentage.Interval;
import nl.cjg.core.aanbod.Kengetal.Percentage.Soort;

/**
 * The intervals of counts and bases a shown percentage admits ({@link Percentage#tellers},
 * {@link Percentage#noemers}) hold exactly the values that round back to it: a value rounds back
 * when the exact percentage, rounded half up or half down to the shown decimals, is the shown value
 * (the two differ only at an exact half, which either reading accepts). Computed here by rounding,
 * independently of the interval arithmetic.
 */
class PercentageIntervalProperties {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Whether {@code teller} of {@code noemer} rounds to {@code shown} at its decimals. */
  static boolean roundsBack(long teller, long noemer, BigDecimal shown) {
    BigDecimal exact = BigDecimal.valueOf(teller).multiply(HUNDRED);
    BigDecimal base = BigDecimal.valueOf(noemer);
    int scale = Math.max(0, shown.scale());
    return exact.divide(base, scale, RoundingMode.HALF_UP).compareTo(shown) == 0
        || exact.divide(base, scale, RoundingMode.HALF_DOWN).compareTo(shown) == 0;
  }

  /** Percentages from 0 to 150 with 0, 1 or 2 decimals, as sources print them (above 100 for a realisation against a norm). */
  @Provide
  Arbitrary<Percentage> shown() {
    return Combinators.combine(Arbitraries.integers().between(0, 15_000), Arbitraries.integers().between(0, 2))
        .as((hundredths, decimals) -> BigDecimal.valueOf(hundredths, 2).setScale(decimals, RoundingMode.HALF_UP))
        .map(value -> Percentage.of("aandeel", Soort.AANDEEL, value.toPlainString()));
  }

  @Property(tries = 400)
  void everyCountInTheIntervalRoundsBackAndNoCountOutsideDoes(
      @ForAll("shown") Percentage percentage, @ForAll @LongRange(min = 1, max = 5_000) long noemer) {
    Interval tellers = percentage.tellers(noemer);
    long top = percentage.waarde().multiply(BigDecimal.valueOf(noemer)).longValue() / 100 + 3;
    for (long teller = 0; teller <= top; teller++) {
      assertEquals(roundsBack(teller, noemer, percentage.waarde()), tellers.contains(teller),
          teller + " of " + noemer + " against " + percentage.waarde() + " in " + tellers);
    }
    assertTrue(tellers.isEmpty() || tellers.lowest() >= 0 && tellers.isBounded());
  }

  @Property(tries = 400)
  void everyBaseInTheIntervalRoundsBackAndNoBaseOutsideDoes(
      @ForAll("shown") Percentage percentage, @ForAll @LongRange(min = 0, max = 3_000) long teller) {
    Interval noemers = percentage.noemers(teller);
    long limit = 20_000;
    for (long noemer = 1; noemer <= limit; noemer++) {
      assertEquals(roundsBack(teller, noemer, percentage.waarde()), noemers.contains(noemer),
          teller + " of " + noemer + " against " + percentage.waarde() + " in " + noemers);
    }
    if (noemers.isBounded() && !noemers.isEmpty()) {
      assertFalse(roundsBack(teller, noemers.highest() + 1, percentage.waarde()));
    } else if (!noemers.isBounded()) {
      assertTrue(roundsBack(teller, Math.max(noemers.lowest(), 1_000_000_000L), percentage.waarde()),
          "an interval open above holds for large bases");
    }
  }

  @Property(tries = 300)
  void theSumOfTwoIntervalsHoldsExactlyTheSumsOfTheirValues(
      @ForAll @LongRange(min = 0, max = 40) long a, @ForAll @LongRange(min = -1, max = 40) long b,
      @ForAll @LongRange(min = 0, max = 40) long c, @ForAll @LongRange(min = -1, max = 40) long d) {
    Interval first = Interval.of(a, b);
    Interval second = Interval.of(c, d);
    Interval sum = first.plus(second);
    for (long value = -2; value <= 85; value++) {
      boolean reachable = false;
      for (long x = a; x <= b && !reachable; x++) {
        reachable = second.contains(value - x);
      }
      assertEquals(reachable, sum.contains(value), first + " + " + second + " at " + value);
    }
  }

  @Property(tries = 200)
  void theListsOfPossibleValuesAreTheIntervals(
      @ForAll("shown") Percentage percentage, @ForAll @LongRange(min = 1, max = 2_000) long count) {
    Interval tellers = percentage.tellers(count);
    assertEquals(tellers.isEmpty() ? 0 : tellers.highest() - tellers.lowest() + 1, percentage.mogelijkeTellers(count).size());
    percentage.mogelijkeTellers(count).forEach(teller -> assertTrue(percentage.klopt(teller, count)));
    Interval noemers = percentage.noemers(count);
    if (noemers.isBounded() && noemers.highest() - noemers.lowest() < Percentage.MAX_MOGELIJKHEDEN) {
      assertEquals(noemers.isEmpty() ? 0 : noemers.highest() - noemers.lowest() + 1, percentage.mogelijkeNoemers(count).size());
    }
  }
}
