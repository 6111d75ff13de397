package nl.cjg.core.stats.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.cjg.core.stats.table.Cell;
import nl.cjg.core.stats.table.PublishedTable;
import nl.cjg.core.stats.table.TableRow;

/**
 * A table built from counts, with a Totaal column, a Totaal row and percentage columns, is
 * consistent; changing one cell makes the audit name exactly that cell with its old value.
 *
 * <p>Why a changed count is the cell found: it breaks its row's total and its column's total, and
 * the count is the only cell both checks share. No derived cell alone explains both (changing the
 * row total would break the Totaal column's sum, changing the column total the Totaal row's), so
 * the count is named even though derived cells are preferred. A changed total or percentage is
 * itself the one cell its failing checks share. Without a Totaal column the column total alone
 * explains a changed count, and is preferred.
 */
class TableAuditProperties {
  /** What follows a count column: nothing, {@code %} (of the total row) or {@code % van Totaal}. */
  enum Percentage {
    NONE,
    OF_TOTAL_ROW,
    OF_ROW_TOTAL
  }

  record Shape(long[][] counts, List<Percentage> percentages, List<Integer> decimals) {}

  /** A consistent table and where each kind of cell is. */
  record Built(PublishedTable table, List<int[]> counts, List<int[]> totals, List<int[]> percentages) {}

  static Built build(Shape shape) {
    return build(shape, true);
  }

  static Built build(Shape shape, boolean totalColumn) {
    long[][] counts = shape.counts();
    int rows = counts.length;
    int columns = counts[0].length;
    long[] rowTotals = new long[rows];
    long[] columnTotals = new long[columns];
    long grand = 0;
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        rowTotals[r] += counts[r][c];
        columnTotals[c] += counts[r][c];
        grand += counts[r][c];
      }
    }
    List<String> headers = new ArrayList<>(List.of("Kern"));
    List<int[]> countCells = new ArrayList<>();
    List<int[]> totalCells = new ArrayList<>();
    List<int[]> percentageCells = new ArrayList<>();
    List<List<Cell>> cells = new ArrayList<>();
    for (int r = 0; r <= rows; r++) {
      cells.add(new ArrayList<>());
    }
    for (int c = 0; c < columns; c++) {
      headers.add("k" + c);
      int countColumn = headers.size() - 2;
      for (int r = 0; r <= rows; r++) {
        long value = r < rows ? counts[r][c] : columnTotals[c];
        cells.get(r).add(Cell.of(value));
        (r < rows ? countCells : totalCells).add(new int[] {r, countColumn});
      }
      Percentage percentage = shape.percentages().get(c);
      if (percentage != Percentage.NONE) {
        headers.add(percentage == Percentage.OF_TOTAL_ROW ? "%" : "% van Totaal");
        int column = headers.size() - 2;
        for (int r = 0; r <= rows; r++) {
          long count = r < rows ? counts[r][c] : columnTotals[c];
          long base = percentage == Percentage.OF_TOTAL_ROW ? columnTotals[c] : r < rows ? rowTotals[r] : grand;
          if (base == 0) {
            cells.get(r).add(Cell.empty());
          } else {
            cells.get(r).add(Cell.of(percent(count, base, shape.decimals().get(c))));
            percentageCells.add(new int[] {r, column});
          }
        }
      }
    }
    if (totalColumn) {
      headers.add("Totaal");
      int column = headers.size() - 2;
      for (int r = 0; r <= rows; r++) {
        cells.get(r).add(Cell.of(r < rows ? rowTotals[r] : grand));
        totalCells.add(new int[] {r, column});
      }
    }
    List<TableRow> tableRows = new ArrayList<>();
    for (int r = 0; r <= rows; r++) {
      tableRows.add(TableRow.of(r < rows ? "r" + r : "Totaal", cells.get(r)));
    }
    return new Built(PublishedTable.of(headers, tableRows), countCells, totalCells, percentageCells);
  }

  static BigDecimal percent(long count, long base, int decimals) {
    return BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(base), decimals, RoundingMode.HALF_UP);
  }

  static PublishedTable withCell(PublishedTable table, int row, int column, BigDecimal value) {
    List<TableRow> rows = new ArrayList<>(table.rows());
    List<Cell> cells = new ArrayList<>(rows.get(row).cells());
    cells.set(column, Cell.of(value));
    rows.set(row, TableRow.of(rows.get(row).label(), cells));
    return PublishedTable.of(table.headers(), rows);
  }

  static void assertOnlyFinding(PublishedTable changed, int row, int column, BigDecimal original) {
    AuditResult result = TableAudit.audit(changed);
    assertEquals(1, result.findings().size(), result::toJson);
    Finding finding = result.findings().get(0);
    assertEquals(Finding.Kind.CELL, finding.kind(), result::toJson);
    assertEquals(row + 2, finding.line());
    assertEquals(column + 2, finding.columnNumber());
    assertEquals(original, finding.expected());
  }

  @Property(tries = 400)
  void aTableBuiltFromCountsHasNoFindings(@ForAll("shapes") Shape shape) {
    AuditResult result = TableAudit.audit(build(shape).table());
    assertTrue(result.isConsistent(), result::toJson);
  }

  @Property(tries = 400)
  void changingOneCountNamesThatCount(@ForAll("shapes") Shape shape, @ForAll Random random) {
    Built built = build(shape);
    int[] cell = built.counts().get(random.nextInt(built.counts().size()));
    BigDecimal original = built.table().cell(cell[0], cell[1]).value().orElseThrow();
    BigDecimal changed = changedCount(original, random);
    assertOnlyFinding(withCell(built.table(), cell[0], cell[1], changed), cell[0], cell[1], original);
  }

  @Property(tries = 400)
  void changingOneTotalNamesThatTotal(@ForAll("shapes") Shape shape, @ForAll Random random) {
    Built built = build(shape);
    int[] cell = built.totals().get(random.nextInt(built.totals().size()));
    BigDecimal original = built.table().cell(cell[0], cell[1]).value().orElseThrow();
    BigDecimal changed = changedCount(original, random);
    assertOnlyFinding(withCell(built.table(), cell[0], cell[1], changed), cell[0], cell[1], original);
  }

  @Property(tries = 400)
  void changingOnePercentageNamesThatPercentage(@ForAll("shapes") Shape shape, @ForAll Random random) {
    Built built = build(shape);
    if (built.percentages().isEmpty()) {
      return;
    }
    int[] cell = built.percentages().get(random.nextInt(built.percentages().size()));
    BigDecimal original = built.table().cell(cell[0], cell[1]).value().orElseThrow();
    BigDecimal unit = BigDecimal.ONE.movePointLeft(original.scale());
    BigDecimal step = unit.multiply(BigDecimal.valueOf(2 + random.nextInt(50)));
    BigDecimal changed = original.compareTo(step) >= 0 && random.nextBoolean() ? original.subtract(step) : original.add(step);
    assertOnlyFinding(withCell(built.table(), cell[0], cell[1], changed), cell[0], cell[1], original);
  }

  /**
   * Without a Totaal column a changed count breaks only its column's sum, and that column's
   * total alone explains it: the derived cell is preferred over the count, with the new sum.
   */
  @Property(tries = 400)
  void withoutATotalColumnTheColumnTotalIsPreferredToTheCount(@ForAll("shapes") Shape shape, @ForAll Random random) {
    List<Percentage> none = java.util.Collections.nCopies(shape.percentages().size(), Percentage.NONE);
    Built built = build(new Shape(shape.counts(), none, shape.decimals()), false);
    int[] cell = built.counts().get(random.nextInt(built.counts().size()));
    BigDecimal original = built.table().cell(cell[0], cell[1]).value().orElseThrow();
    BigDecimal changed = changedCount(original, random);
    int totalRow = shape.counts().length;
    BigDecimal total = built.table().cell(totalRow, cell[1]).value().orElseThrow();
    assertOnlyFinding(
        withCell(built.table(), cell[0], cell[1], changed), totalRow, cell[1], total.add(changed).subtract(original));
  }

  private static BigDecimal changedCount(BigDecimal original, Random random) {
    long value = original.longValueExact();
    long delta = 1 + random.nextInt(40);
    return BigDecimal.valueOf(value >= delta && random.nextBoolean() ? value - delta : value + delta);
  }

  @Provide
  Arbitrary<Shape> shapes() {
    Arbitrary<Long> count =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, 9)),
            net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 5000)));
    return Combinators.combine(Arbitraries.integers().between(1, 6), Arbitraries.integers().between(1, 4))
        .flatAs(
            (rows, columns) ->
                Combinators.combine(
                        count.array(long[].class).ofSize(columns).array(long[][].class).ofSize(rows),
                        Arbitraries.of(Percentage.class).list().ofSize(columns),
                        Arbitraries.integers().between(0, 2).list().ofSize(columns))
                    .as(Shape::new));
  }
}
