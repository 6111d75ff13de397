package nl.cjg.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StatsCollectorsTest {
  private static final List<String> ROWS = List.of("Bergen", "Schoorl");
  private static final List<Integer> COLUMNS = List.of(0, 1, 2);

  private record Child(String kern, int band) {}

  @Test
  void crossTableCountsEveryCellAndKeepsEmptyOnes() {
    CrossTable<String, Integer> table =
        Stream.of(new Child("Bergen", 0), new Child("Bergen", 0), new Child("Schoorl", 2))
            .collect(StatsCollectors.crossTable(Child::kern, ROWS, Child::band, COLUMNS));
    assertEquals(2, table.count("Bergen", 0));
    assertEquals(0, table.count("Bergen", 2));
    assertEquals(1, table.count("Schoorl", 2));
    assertEquals(3, table.total());
  }

  @Test
  void crossTableInParallelEqualsSequential() {
    List<Child> children = IntStream.range(0, 10_000).mapToObj(i -> new Child(ROWS.get(i % 2), i % 3)).toList();
    assertEquals(
        children.stream().collect(StatsCollectors.crossTable(Child::kern, ROWS, Child::band, COLUMNS)),
        children.parallelStream().collect(StatsCollectors.crossTable(Child::kern, ROWS, Child::band, COLUMNS)));
  }

  @Test
  void crossTableRefusesUnlistedNullAndTwiceListedCategories() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Stream.of(new Child("Egmond", 0)).collect(StatsCollectors.crossTable(Child::kern, ROWS, Child::band, COLUMNS)));
    assertThrows(
        IllegalArgumentException.class,
        () -> Stream.of(new Child(null, 0)).collect(StatsCollectors.crossTable(Child::kern, ROWS, Child::band, COLUMNS)));
    assertThrows(
        IllegalArgumentException.class,
        () -> StatsCollectors.crossTable(Child::kern, List.of("Bergen", "Bergen"), Child::band, COLUMNS));
  }

  @Test
  void distributionOverListedCategoriesKeepsTheirOrder() {
    Distribution<String> distribution =
        Stream.of("b", "a", "b").collect(StatsCollectors.distribution(s -> s, List.of("b", "c", "a")));
    assertEquals(List.of("b", "c", "a"), distribution.categories());
    assertEquals(2, distribution.count("b"));
    assertEquals(0, distribution.count("c"));
    assertThrows(IllegalArgumentException.class, () -> Stream.of("d").collect(StatsCollectors.distribution(s -> s, List.of("a"))));
    assertThrows(
        IllegalArgumentException.class,
        () -> Arrays.asList("a", null).stream().collect(StatsCollectors.distribution(s -> s, List.of("a"))));
  }
}
