package nl.cjg.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Counts that would pass {@link Long#MAX_VALUE} throw, as documented, rather than wrap around. */
class OverflowTest {
  @Test
  void addingOneItemPastTheLargestCountThrows() {
    Distribution<String> full = Distribution.of(Map.of("a", Long.MAX_VALUE));
    assertThrows(ArithmeticException.class, () -> full.add("a", 1));
    assertEquals(Long.MAX_VALUE, full.add("b", 0).count("a"));
    CrossTable<String, String> table = CrossTable.of(List.of("r"), List.of("c"), new long[][] {{Long.MAX_VALUE}});
    assertThrows(ArithmeticException.class, () -> table.add("r", "c", 1));
  }

  @Test
  void mergingPastTheLargestCountThrows() {
    assertThrows(ArithmeticException.class, () -> Rate.aandeel(1, Long.MAX_VALUE).merge(Rate.aandeel(0, 1)));
    assertThrows(ArithmeticException.class,
        () -> Distribution.of(Map.of("a", Long.MAX_VALUE)).merge(Distribution.of(Map.of("a", 1L))));
    CrossTable<String, String> table = CrossTable.of(List.of("r"), List.of("c"), new long[][] {{Long.MAX_VALUE}});
    assertThrows(ArithmeticException.class, () -> table.merge(table));
  }

  @Test
  void aTotalPastTheLargestCountThrows() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("a", Long.MAX_VALUE);
    counts.put("b", 1L);
    assertThrows(ArithmeticException.class, () -> Distribution.of(counts).total());
  }
}
