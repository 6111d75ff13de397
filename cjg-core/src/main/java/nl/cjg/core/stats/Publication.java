package nl.cjg.core.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.IntToLongFunction;
import nl.cjg.core.stats.table.Cell;
import nl.cjg.core.stats.table.PublishedTable;
import nl.cjg.core.stats.table.TableConventions;
import nl.cjg.core.stats.table.TableRow;

/**
 * Where every statistic is published: builds the table of a distribution, a cross table (with its
 * margins) or an overlap summary, protected by a {@link DisclosureControl}. The statistics'
 * {@code publish} methods delegate here.
 */
final class Publication {
  static final String COUNT_HEADER = "Aantal";
  static final String PERCENTAGE_HEADER = "%";

  private Publication() {}

  /**
   * A table {@code header | Aantal | % [| % van N]}: one row per label with its count, its
   * percentage of the count at {@code baseIndex}, and optionally its percentage of the public
   * number {@code population}. Percentages are computed from the published (rounded) counts and
   * withheld when their count or base is suppressed.
   */
  static PublishedTable countsWithPercentages(
      String header,
      List<String> labels,
      long[] counts,
      boolean[] suppressed,
      int baseIndex,
      int decimals,
      DisclosureControl control,
      OptionalLong population) {
    long base = control.rounded(counts[baseIndex]);
    boolean baseSuppressed = suppressed[baseIndex];
    List<TableRow> rows = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      List<Cell> cells = new ArrayList<>();
      long shown = control.rounded(counts[i]);
      cells.add(suppressed[i] ? Cell.suppressed() : Cell.of(shown));
      cells.add(percentage(shown, suppressed[i] || baseSuppressed, base, decimals));
      if (population.isPresent()) {
        cells.add(percentage(shown, suppressed[i], population.getAsLong(), decimals));
      }
      rows.add(TableRow.of(labels.get(i), cells));
    }
    List<String> headers = new ArrayList<>(List.of(header, COUNT_HEADER, PERCENTAGE_HEADER));
    population.ifPresent(n -> headers.add("% van " + n));
    return PublishedTable.of(headers, rows);
  }

  static PublishedTable countsWithPercentages(
      String header,
      List<String> labels,
      long[] counts,
      boolean[] suppressed,
      int baseIndex,
      int decimals,
      DisclosureControl control) {
    return countsWithPercentages(
        header, labels, counts, suppressed, baseIndex, decimals, control, OptionalLong.empty());
  }

  /** A distribution with its total, protected as a line; empty categories left out when zeros are sensitive. */
  static <K> PublishedTable distribution(
      Distribution<K> distribution, String categoryHeader, Function<? super K, String> label, int decimals,
      DisclosureControl control) {
    List<K> categories =
        distribution.categories().stream().filter(k -> !control.suppressZeros() || distribution.count(k) > 0).toList();
    long[] line = new long[categories.size() + 1];
    for (int i = 0; i < categories.size(); i++) {
      line[i] = distribution.count(categories.get(i));
    }
    line[categories.size()] = distribution.total();
    boolean[] suppressed = Protection.line(line, control);
    List<String> labels = new ArrayList<>();
    categories.forEach(category -> labels.add(label.apply(category)));
    labels.add(TableConventions.TOTAL);
    return countsWithPercentages(categoryHeader, labels, line, suppressed, line.length - 1, decimals, control);
  }

  /** Overlapping categories with their unique total: nothing sums, so primary suppression only. */
  static <K> PublishedTable overlap(
      OverlapSummary<K> summary, String categoryHeader, Function<? super K, String> label, int decimals,
      OptionalLong population, DisclosureControl control) {
    List<K> categories = summary.categories();
    long[] counts = new long[categories.size() + 1];
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < categories.size(); i++) {
      counts[i] = summary.count(categories.get(i));
      labels.add(label.apply(categories.get(i)));
    }
    counts[categories.size()] = summary.uniqueUnits();
    labels.add(TableConventions.TOTAL + " " + TableConventions.OVERLAP_MARK);
    boolean[] suppressed = Protection.primary(counts, control);
    return countsWithPercentages(categoryHeader, labels, counts, suppressed, categories.size(), decimals, control, population);
  }

  /** A cross table with its totals, protected; rows and columns empty everywhere left out. */
  static <R, C> PublishedTable crossTable(
      CrossTable<R, C> table,
      String rowHeader,
      Function<? super R, String> rowLabel,
      Function<? super C, String> columnLabel,
      DisclosureControl control) {
    List<R> rowCategories = table.rowCategories();
    List<C> columnCategories = table.columnCategories();
    List<Integer> rows = published(rowCategories.size(), r -> table.rowTotals().count(rowCategories.get(r)));
    List<Integer> columns =
        published(columnCategories.size(), c -> table.columnTotals().count(columnCategories.get(c)));
    long[][] grid = new long[rows.size() + 1][columns.size() + 1];
    for (int r = 0; r <= rows.size(); r++) {
      for (int c = 0; c <= columns.size(); c++) {
        grid[r][c] = valueWithTotals(table, r < rows.size() ? rows.get(r) : -1, c < columns.size() ? columns.get(c) : -1);
      }
    }
    boolean[][] suppressed = Protection.grid(grid, control);
    List<String> headers = new ArrayList<>();
    headers.add(rowHeader);
    columns.forEach(column -> headers.add(columnLabel.apply(columnCategories.get(column))));
    headers.add(TableConventions.TOTAL);
    List<TableRow> published = new ArrayList<>();
    for (int r = 0; r <= rows.size(); r++) {
      List<Cell> cells = new ArrayList<>();
      for (int c = 0; c <= columns.size(); c++) {
        cells.add(suppressed[r][c] ? Cell.suppressed() : Cell.of(control.rounded(grid[r][c])));
      }
      published.add(TableRow.of(
          r < rows.size() ? rowLabel.apply(rowCategories.get(rows.get(r))) : TableConventions.TOTAL, cells));
    }
    return PublishedTable.of(headers, published);
  }

  /** The categories to publish: those not empty everywhere. */
  private static List<Integer> published(int size, IntToLongFunction total) {
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      if (total.applyAsLong(i) > 0) {
        kept.add(i);
      }
    }
    return kept;
  }

  /** The row totals ({@code rows}) or column totals of a published table as a table of their own. */
  static PublishedTable margin(PublishedTable table, String header, boolean rows, int decimals) {
    int totalRow = table.rows().size() - 1;
    int totalColumn = table.dataColumnCount() - 1;
    int size = rows ? totalRow : totalColumn;
    List<String> labels = new ArrayList<>();
    long[] counts = new long[size + 1];
    boolean[] suppressed = new boolean[size + 1];
    for (int i = 0; i <= size; i++) {
      Cell cell = rows ? table.cell(i, totalColumn) : table.cell(totalRow, i);
      labels.add(i < size ? (rows ? table.rows().get(i).label() : table.dataHeader(i)) : TableConventions.TOTAL);
      suppressed[i] = cell.isSuppressed();
      counts[i] = cell.value().map(BigDecimal::longValueExact).orElse(0L);
    }
    return Publication.countsWithPercentages(
        header, labels, counts, suppressed, size, decimals, DisclosureControl.internalUseOnly());
  }

  /** A count of the table, a row total ({@code column} -1), a column total ({@code row} -1) or the grand total. */
  private static <R, C> long valueWithTotals(CrossTable<R, C> table, int row, int column) {
    if (row >= 0 && column >= 0) {
      return table.count(table.rowCategories().get(row), table.columnCategories().get(column));
    }
    if (row >= 0) {
      return table.rowTotals().count(table.rowCategories().get(row));
    }
    return column >= 0 ? table.columnTotals().count(table.columnCategories().get(column)) : table.total();
  }

  private static Cell percentage(long count, boolean withheld, long base, int decimals) {
    if (withheld) {
      return Cell.suppressed();
    }
    return base > 0 ? Cell.of(Rounding.percentage(count, base, decimals)) : Cell.empty();
  }
}
