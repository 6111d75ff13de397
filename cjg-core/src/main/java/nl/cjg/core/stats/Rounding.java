package nl.cjg.core.stats;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Rounding for published figures.
 *
 * <ul>
 *   <li>{@link #halfUp} rounds to {@code d} decimals, halves away from zero ({@code 54.5 -> 55}):
 *       the result lies within half a unit of its last decimal of the exact value, which is what the
 *       table audit accepts.
 *   <li>{@link #largestRemainder} (Hamilton's method) gives percentages that add up to exactly 100:
 *       every share first gets its exact value rounded down, then the units still missing go, one
 *       each, to the shares with the largest remainders. Each result lies less than one unit from
 *       the exact value, but may lie more than half a unit from it.
 * </ul>
 *
 * <p>All arithmetic is exact. This class is stateless and thread-safe.
 */
public final class Rounding {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Rounding() {}

  /**
   * Rounds half up (halves away from zero) to {@code decimals} decimals.
   *
   * @param value the exact value
   * @param decimals the number of decimals, at least 0
   * @return the rounded value, with exactly {@code decimals} decimals
   */
  public static BigDecimal halfUp(BigDecimal value, int decimals) {
    requireDecimals(decimals);
    return value.setScale(decimals, RoundingMode.HALF_UP);
  }

  /**
   * {@code part} as a percentage of {@code whole}, rounded half up.
   *
   * @param part the part, for example 112 clients
   * @param whole the whole, greater than 0, for example 6464 young people
   * @param decimals the number of decimals, at least 0
   * @return the percentage, for example {@code 1.73} for 112 of 6464 at two decimals
   * @throws IllegalArgumentException when {@code whole} is not greater than 0; see {@link Rate}
   *     for a percentage that may be undefined
   */
  public static BigDecimal percentage(long part, long whole, int decimals) {
    requireDecimals(decimals);
    if (whole <= 0) {
      throw new IllegalArgumentException("a percentage needs a whole greater than 0");
    }
    return BigDecimal.valueOf(part)
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(whole), decimals, RoundingMode.HALF_UP);
  }

  /**
   * Percentages of the counts' sum that add up to exactly 100, by the largest remainder method.
   * Ties between equal remainders go to the earlier count. A count of 0 gets 0.
   *
   * @param counts the counts, none negative, with a sum greater than 0
   * @param decimals the number of decimals, at least 0
   * @return one percentage per count, in the same order, each with {@code decimals} decimals
   * @throws IllegalArgumentException when a count is negative or the sum is 0
   */
  public static List<BigDecimal> largestRemainder(List<Long> counts, int decimals) {
    requireDecimals(decimals);
    BigInteger sum = BigInteger.ZERO;
    for (long count : counts) {
      if (count < 0) {
        throw new IllegalArgumentException("a count cannot be negative");
      }
      sum = sum.add(BigInteger.valueOf(count));
    }
    if (sum.signum() == 0) {
      throw new IllegalArgumentException("percentages of a sum of 0 are undefined");
    }
    BigInteger units = BigInteger.valueOf(100).multiply(BigInteger.TEN.pow(decimals));
    List<BigInteger> floors = new ArrayList<>();
    List<BigInteger> remainders = new ArrayList<>();
    BigInteger assigned = BigInteger.ZERO;
    for (long count : counts) {
      BigInteger[] quotient = BigInteger.valueOf(count).multiply(units).divideAndRemainder(sum);
      floors.add(quotient[0]);
      remainders.add(quotient[1]);
      assigned = assigned.add(quotient[0]);
    }
    int missing = units.subtract(assigned).intValueExact();
    IntStream.range(0, counts.size())
        .boxed()
        .sorted(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i))
        .limit(missing)
        .forEach(i -> floors.set(i, floors.get(i).add(BigInteger.ONE)));
    List<BigDecimal> percentages = new ArrayList<>();
    for (BigInteger floor : floors) {
      percentages.add(new BigDecimal(floor, decimals));
    }
    return List.copyOf(percentages);
  }

  private static void requireDecimals(int decimals) {
    if (decimals < 0) {
      throw new IllegalArgumentException("the number of decimals cannot be negative");
    }
  }
}
