package nl.cjg.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
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
import net.jqwik.api.constraints.IntRange;
import nl.cjg.core.stats.audit.TableAudit;
import nl.cjg.core.stats.table.Cell;
import nl.cjg.core.stats.table.PublishedTable;

/**
 * Disclosure control of tables with totals: what is published may show no suppressed value,
 * neither directly nor through any combination of the published totals and cells.
 */
class SuppressionProperties {
  @Property(tries = 300)
  void noSuppressedCellCanBeRecomputedFromTheTotals(
      @ForAll("grids") long[][] counts, @ForAll @IntRange(min = 1, max = 10) int threshold, @ForAll boolean zeros) {
    List<String> rows = names("r", counts.length);
    List<String> columns = names("c", counts[0].length);
    CrossTable<String, String> table = CrossTable.of(rows, columns, counts);
    DisclosureControl control = DisclosureControl.builder().threshold(threshold).suppressZeros(zeros).build();
    PublishedTable published = table.publish("", Function.identity(), Function.identity(), control);
    long[][] truth = withTotals(table);
    int height = truth.length;
    int width = truth[0].length;
    boolean[][] suppressed = new boolean[height][width];
    for (int r = 0; r < height; r++) {
      for (int c = 0; c < width; c++) {
        Cell cell = published.cell(r, c);
        suppressed[r][c] = cell.isSuppressed();
        if (control.isSensitive(truth[r][c])) {
          assertTrue(suppressed[r][c], "a sensitive cell is suppressed");
        } else if (!suppressed[r][c]) {
          assertEquals(Cell.of(truth[r][c]), cell);
        }
      }
    }
    for (int r = 0; r < height; r++) {
      int inRow = 0;
      for (int c = 0; c < width; c++) {
        inRow += suppressed[r][c] ? 1 : 0;
      }
      assertTrue(inRow != 1, "no row holds exactly one suppressed cell");
    }
    for (int c = 0; c < width; c++) {
      int inColumn = 0;
      for (int r = 0; r < height; r++) {
        inColumn += suppressed[r][c] ? 1 : 0;
      }
      assertTrue(inColumn != 1, "no column holds exactly one suppressed cell");
    }
    assertNoneDetermined(suppressed);
    assertTrue(TableAudit.audit(published).isConsistent());
  }

  @Property(tries = 300)
  void aPublishedDistributionHidesItsSuppressedCounts(@ForAll("line") List<Long> counts) {
    Map<String, Long> map = new LinkedHashMap<>();
    for (int i = 0; i < counts.size(); i++) {
      map.put("k" + i, counts.get(i));
    }
    PublishedTable published = Distribution.of(map).publish("", Function.identity(), 1);
    int suppressed = 0;
    for (int r = 0; r < published.rows().size(); r++) {
      boolean hidden = published.cell(r, 0).isSuppressed();
      suppressed += hidden ? 1 : 0;
      if (hidden) {
        assertTrue(published.cell(r, 1).isSuppressed(), "a suppressed count's percentage is suppressed");
      }
    }
    assertTrue(suppressed != 1);
    assertTrue(TableAudit.audit(published).isConsistent());
  }

  /**
   * The published equations are, per row and per column line, parts minus total = 0. A suppressed
   * cell is determined exactly when its unit vector lies in the row space of the equations
   * restricted to the suppressed cells (rank does not grow when it is added).
   */
  private static void assertNoneDetermined(boolean[][] suppressed) {
    int height = suppressed.length;
    int width = suppressed[0].length;
    Map<Integer, Integer> unknown = new LinkedHashMap<>();
    for (int r = 0; r < height; r++) {
      for (int c = 0; c < width; c++) {
        if (suppressed[r][c]) {
          unknown.put(r * width + c, unknown.size());
        }
      }
    }
    List<BigInteger[]> equations = new ArrayList<>();
    for (int r = 0; r < height; r++) {
      BigInteger[] equation = zeros(unknown.size());
      for (int c = 0; c < width; c++) {
        Integer index = unknown.get(r * width + c);
        if (index != null) {
          equation[index] = BigInteger.valueOf(c == width - 1 ? -1 : 1);
        }
      }
      equations.add(equation);
    }
    for (int c = 0; c < width; c++) {
      BigInteger[] equation = zeros(unknown.size());
      for (int r = 0; r < height; r++) {
        Integer index = unknown.get(r * width + c);
        if (index != null) {
          equation[index] = BigInteger.valueOf(r == height - 1 ? -1 : 1);
        }
      }
      equations.add(equation);
    }
    int rank = rank(equations);
    for (int index : unknown.values()) {
      List<BigInteger[]> extended = new ArrayList<>(equations);
      BigInteger[] unit = zeros(unknown.size());
      unit[index] = BigInteger.ONE;
      extended.add(unit);
      assertFalse(rank(extended) == rank, "suppressed cell " + index + " can be recomputed");
    }
  }

  private static BigInteger[] zeros(int size) {
    BigInteger[] zeros = new BigInteger[size];
    java.util.Arrays.fill(zeros, BigInteger.ZERO);
    return zeros;
  }

  /** The rank over the rationals, by fraction-free elimination. */
  private static int rank(List<BigInteger[]> input) {
    List<BigInteger[]> rows = new ArrayList<>();
    input.forEach(row -> rows.add(row.clone()));
    int columns = rows.isEmpty() ? 0 : rows.get(0).length;
    int rank = 0;
    for (int column = 0; column < columns && rank < rows.size(); column++) {
      int pivot = -1;
      for (int r = rank; r < rows.size(); r++) {
        if (rows.get(r)[column].signum() != 0) {
          pivot = r;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      BigInteger[] pivotRow = rows.get(pivot);
      rows.set(pivot, rows.get(rank));
      rows.set(rank, pivotRow);
      for (int r = rank + 1; r < rows.size(); r++) {
        BigInteger[] row = rows.get(r);
        BigInteger factor = row[column];
        if (factor.signum() != 0) {
          for (int k = 0; k < columns; k++) {
            row[k] = row[k].multiply(pivotRow[column]).subtract(pivotRow[k].multiply(factor));
          }
        }
      }
      rank++;
    }
    return rank;
  }

  private static long[][] withTotals(CrossTable<String, String> table) {
    int rows = table.rowCategories().size();
    int columns = table.columnCategories().size();
    long[][] grid = new long[rows + 1][columns + 1];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        grid[r][c] = table.count(table.rowCategories().get(r), table.columnCategories().get(c));
        grid[r][columns] += grid[r][c];
        grid[rows][c] += grid[r][c];
        grid[rows][columns] += grid[r][c];
      }
    }
    return grid;
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
        net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 6)),
        net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(5, 80)));
  }

  @Provide
  Arbitrary<long[][]> grids() {
    return Arbitraries.integers()
        .between(1, 5)
        .flatMap(
            columns ->
                counts()
                    .list()
                    .ofSize(columns)
                    .map(row -> row.stream().mapToLong(Long::longValue).toArray())
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(6)
                    .map(rows -> rows.toArray(new long[0][])));
  }

  @Provide
  Arbitrary<List<Long>> line() {
    return counts().list().ofMinSize(1).ofMaxSize(12);
  }
}
