package nl.cjg.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundingTest {
  @Test
  void halfUpRoundsHalvesAwayFromZero() {
    assertEquals(new BigDecimal("55"), Rounding.halfUp(new BigDecimal("54.5"), 0));
    assertEquals(new BigDecimal("2.5"), Rounding.halfUp(new BigDecimal("2.45"), 1));
    assertEquals(new BigDecimal("2.40"), Rounding.halfUp(new BigDecimal("2.4"), 2));
    assertThrows(IllegalArgumentException.class, () -> Rounding.halfUp(BigDecimal.ONE, -1));
  }

  @Test
  void percentageOfTheSeedsBureauJeugdzorgShare() {
    // Werkplan CJG Bergen 2012, uitwerking 1, Bureau Jeugdzorg, kinderen bij Bureau Jeugdzorg: 112 of 6464 young people; the source states 1.75%, the exact value is 1.7327%.
    assertEquals(new BigDecimal("1.73"), Rounding.percentage(112, 6464, 2));
    assertEquals(new BigDecimal("25"), Rounding.percentage(7753, 30985, 0));
    assertThrows(IllegalArgumentException.class, () -> Rounding.percentage(1, 0, 0));
  }

  @Test
  void largestRemainderMakesTheAwbzGrondslagAddUpTo100() {
    // Werkplan CJG Bergen 2012, uitwerking 1, AWBZ-begeleiding naar grondslag: 7, 3, 27, 1, 25 of 63. Half up gives the source's 11.1, 4.8, 42.9, 1.6, 39.7,
    // which add up to 100.1; the largest remainder method gives VG 42.8 and exactly 100.0.
    List<Long> counts = List.of(7L, 3L, 27L, 1L, 25L);
    List<BigDecimal> percentages = Rounding.largestRemainder(counts, 1);
    assertEquals(
        List.of(new BigDecimal("11.1"), new BigDecimal("4.8"), new BigDecimal("42.8"), new BigDecimal("1.6"), new BigDecimal("39.7")),
        percentages);
    assertEquals(new BigDecimal("100.0"), percentages.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  @Test
  void largestRemainderReproducesTheSeedsAgeBands() {
    // Werkplan CJG Bergen 2012, uitwerking 1, bevolking (CBS 2010): 1186, 1829, 1851, 1692, 1195 of 7753 -> 15, 24, 24, 22, 15 %.
    assertEquals(
        List.of(new BigDecimal("15"), new BigDecimal("24"), new BigDecimal("24"), new BigDecimal("22"), new BigDecimal("15")),
        Rounding.largestRemainder(List.of(1186L, 1829L, 1851L, 1692L, 1195L), 0));
  }

  @Test
  void tiesGoToTheEarlierCountAndZerosStayZero() {
    assertEquals(
        List.of(new BigDecimal("34"), new BigDecimal("33"), new BigDecimal("33")),
        Rounding.largestRemainder(List.of(1L, 1L, 1L), 0));
    assertEquals(List.of(new BigDecimal("0.0"), new BigDecimal("100.0")), Rounding.largestRemainder(List.of(0L, 5L), 1));
  }

  @Test
  void largestRemainderRefusesAnEmptyOrNegativeWhole() {
    assertThrows(IllegalArgumentException.class, () -> Rounding.largestRemainder(List.of(0L, 0L), 0));
    assertThrows(IllegalArgumentException.class, () -> Rounding.largestRemainder(List.of(), 0));
    assertThrows(IllegalArgumentException.class, () -> Rounding.largestRemainder(List.of(-1L, 2L), 0));
  }
}
