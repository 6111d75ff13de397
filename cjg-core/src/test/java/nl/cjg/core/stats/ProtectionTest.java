package nl.cjg.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.function.Function;
import nl.cjg.core.stats.audit.TableAttack;
import nl.cjg.core.stats.table.Cell;
import nl.cjg.core.stats.table.PublishedTable;
import nl.cjg.core.stats.table.TableCsv;
import nl.cjg.core.stats.table.TableRow;
import org.junit.jupiter.api.Test;

class ProtectionTest {
  private static final List<String> ABC = List.of("a", "b", "c");

  /** The table in which the cycle rule gave both zeros of row a away, and with them the 3. */
  @Test
  void protectsTheMinimalCaseTheCycleRuleLostTo() {
    CrossTable<String, String> table =
        CrossTable.of(ABC, ABC, new long[][] {{0, 0, 20}, {10, 3, 20}, {10, 20, 20}});
    PublishedTable published = table.publish("", Function.identity(), Function.identity());
    assertTrue(published.cell(1, 1).isSuppressed(), "the 3 is withheld");
    assertFalse(published.cell(0, 0).isSuppressed(), "a zero is published, not withheld");
    for (TableAttack.Bound bound : TableAttack.on(published).bounds()) {
      assertFalse(bound.isExact(), bound.toString());
    }
    TableAttack.Bound three = TableAttack.on(published).bounds().stream()
        .filter(b -> b.row().equals("b") && b.column().equals("b")).findFirst().orElseThrow();
    assertTrue(three.covers(0, 5), "the 3 cannot be told from 0 nor from 5: " + three);
  }

  @Test
  void attackRecoversWhatTheCycleRuleLeft() {
    // row a as the cycle rule published it: x;x;20;20 — both hidden cells are 0, and column b then gives the 3
    PublishedTable leaked = TableCsv.read("""
        ;a;b;c;Totaal
        a;x;x;20;20
        b;x;x;20;33
        c;10;20;20;50
        Totaal;20;23;60;103
        """);
    List<TableAttack.Bound> disclosed = TableAttack.on(leaked).disclosed();
    assertEquals(4, disclosed.size(), disclosed.toString());
    assertEquals(3, disclosed.stream().filter(b -> b.row().equals("b") && b.column().equals("b"))
        .findFirst().orElseThrow().lower());
  }

  @Test
  void linkedCellsAreAttackedTogether() {
    PublishedTable grid = TableCsv.read("""
        Kern;0-4;4-12;Totaal
        A;x;x;12
        B;x;x;x
        Totaal;10;x;x
        """);
    PublishedTable margin = TableCsv.read("""
        Kern;Aantal
        A;12
        B;9
        Totaal;21
        """);
    assertTrue(TableAttack.on(grid).disclosed().isEmpty());
    List<TableAttack.Bound> together =
        TableAttack.on(List.of(grid, margin)).link(0, "B", "Totaal", 1, "B", "Aantal").disclosed();
    assertEquals(List.of(new TableAttack.Bound(0, "B", "Totaal", 9, OptionalLong.of(9)),
        new TableAttack.Bound(0, "Totaal", "4-12", 11, OptionalLong.of(11)),
        new TableAttack.Bound(0, "Totaal", "Totaal", 21, OptionalLong.of(21))), together);
  }

  @Test
  void randomSmallCellTablesLeaveNothingRecoverable() {
    Random random = new Random(16);
    int suppressedCells = 0;
    for (int t = 0; t < 200; t++) {
      int rows = 2 + random.nextInt(4);
      int columns = 2 + random.nextInt(4);
      long[][] counts = new long[rows][columns];
      for (long[] row : counts) {
        for (int c = 0; c < columns; c++) {
          row[c] = random.nextInt(3) == 0 ? random.nextInt(5) : random.nextInt(40);
        }
      }
      CrossTable<Integer, Integer> table = CrossTable.of(range(rows), range(columns), counts);
      PublishedTable published = table.publish("", String::valueOf, String::valueOf);
      for (TableAttack.Bound bound : TableAttack.on(published).bounds()) {
        suppressedCells++;
        assertFalse(bound.isExact(), "table " + t + ": " + bound);
      }
    }
    assertTrue(suppressedCells > 200, "the tables have small cells: " + suppressedCells);
  }

  private static List<Integer> range(int n) {
    List<Integer> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(i);
    }
    return list;
  }
}
