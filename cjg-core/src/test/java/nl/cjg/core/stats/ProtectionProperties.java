package nl.cjg.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import nl.cjg.core.stats.audit.TableAttack;
import nl.cjg.core.stats.audit.TableAudit;
import nl.cjg.core.stats.table.Cell;
import nl.cjg.core.stats.table.PublishedTable;

/**
 * Disclosure control of tables with totals, checked by the attack itself: whatever an attacker
 * derives by linear programming from a publication leaves every withheld small count its
 * protection interval.
 */
class ProtectionProperties {
  @Property(tries = 120)
  void noWithheldCellCanBeNarrowedBelowItsProtection(
      @ForAll("grids") long[][] counts,
      @ForAll @IntRange(min = 1, max = 10) int threshold,
      @ForAll boolean zeros,
      @ForAll DisclosureControl.Cost cost) {
    CrossTable<String, String> table = CrossTable.of(names("r", counts.length), names("c", counts[0].length), counts);
    DisclosureControl control =
        DisclosureControl.builder().threshold(threshold).suppressZeros(zeros).cost(cost).build();
    PublishedTable published = table.publish("", Function.identity(), Function.identity(), control);
    Map<String, Long> truth = truth(table);
    for (int r = 0; r < published.rows().size(); r++) {
      for (int c = 0; c < published.dataColumnCount(); c++) {
        long value = truth.get(published.rows().get(r).label() + "|" + published.dataHeader(c));
        Cell cell = published.cell(r, c);
        if (control.isSensitive(value)) {
          assertTrue(cell.isSuppressed(), "a sensitive cell is withheld");
        } else if (!cell.isSuppressed()) {
          assertEquals(Cell.of(value), cell);
        } else {
          assertTrue(value > 0, "a published 0 is never a secondary cell");
        }
      }
    }
    for (TableAttack.Bound bound : TableAttack.on(published).bounds()) {
      long value = truth.get(bound.row() + "|" + bound.column());
      assertFalse(bound.isExact(), "withheld and still known: " + bound);
      if (control.isSensitive(value)) {
        assertTrue(
            bound.covers(value - control.lowerProtection(value), value + control.upperProtection(value)),
            "the attacker narrows " + value + " to " + bound);
      }
    }
    assertTrue(TableAudit.audit(published).isConsistent());
  }

  @Property(tries = 120)
  void aPublishedDistributionKeepsItsProtection(@ForAll("line") List<Long> counts) {
    Map<String, Long> map = new LinkedHashMap<>();
    for (int i = 0; i < counts.size(); i++) {
      map.put("k" + i, counts.get(i));
    }
    Distribution<String> distribution = Distribution.of(map);
    PublishedTable published = distribution.publish("", Function.identity(), 1);
    DisclosureControl control = DisclosureControl.standard();
    for (TableAttack.Bound bound : TableAttack.on(published).bounds()) {
      long value = bound.row().equals("Totaal") ? distribution.total() : map.get(bound.row());
      assertFalse(bound.isExact(), bound.toString());
      if (control.isSensitive(value)) {
        assertTrue(bound.covers(0, control.threshold()), bound.toString());
      }
    }
    for (int r = 0; r < published.rows().size(); r++) {
      if (published.cell(r, 0).isSuppressed()) {
        assertTrue(published.cell(r, 1).isSuppressed(), "a withheld count's percentage is withheld");
      }
    }
  }

  @Property(tries = 50)
  void protectionIsDeterministic(@ForAll("grids") long[][] counts) {
    CrossTable<String, String> table = CrossTable.of(names("r", counts.length), names("c", counts[0].length), counts);
    assertEquals(
        table.publish("", Function.identity(), Function.identity()),
        CrossTable.of(names("r", counts.length), names("c", counts[0].length), counts.clone())
            .publish("", Function.identity(), Function.identity()));
  }

  @Property(tries = 50)
  void aTableWithoutSmallCellsIsPublishedWhole(@ForAll("largeGrids") long[][] counts) {
    CrossTable<String, String> table = CrossTable.of(names("r", counts.length), names("c", counts[0].length), counts);
    assertEquals(
        table.publish("", Function.identity(), Function.identity(), DisclosureControl.internalUseOnly()),
        table.publish("", Function.identity(), Function.identity()));
  }

  private static Map<String, Long> truth(CrossTable<String, String> table) {
    Map<String, Long> truth = new LinkedHashMap<>();
    for (String row : table.rowCategories()) {
      for (String column : table.columnCategories()) {
        truth.put(row + "|" + column, table.count(row, column));
      }
      truth.put(row + "|Totaal", table.rowTotals().count(row));
    }
    for (String column : table.columnCategories()) {
      truth.put("Totaal|" + column, table.columnTotals().count(column));
    }
    truth.put("Totaal|Totaal", table.total());
    return truth;
  }

  private static List<String> names(String prefix, int count) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      names.add(prefix + i);
    }
    return names;
  }

  private static Arbitrary<Long> counts() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.longs().between(0, 6)), Tuple.of(2, Arbitraries.longs().between(5, 80)));
  }

  private static Arbitrary<long[][]> grids(Arbitrary<Long> counts) {
    return Arbitraries.integers()
        .between(1, 5)
        .flatMap(
            columns ->
                counts
                    .list()
                    .ofSize(columns)
                    .map(row -> row.stream().mapToLong(Long::longValue).toArray())
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(5)
                    .map(rows -> rows.toArray(new long[0][])));
  }

  @Provide
  Arbitrary<long[][]> grids() {
    return grids(counts());
  }

  @Provide
  Arbitrary<long[][]> largeGrids() {
    return grids(Arbitraries.longs().between(DisclosureControl.DEFAULT_THRESHOLD, 1000));
  }

  @Provide
  Arbitrary<List<Long>> line() {
    return counts().list().ofMinSize(1).ofMaxSize(12);
  }
}
