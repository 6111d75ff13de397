package nl.cjg.core.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.stats.table.PublishedTable;
import org.immutables.value.Value;

/**
 * Counts over two categories at once, row by column, with row totals, column totals and the grand
 * total: kern by age band, type of childcare by BES kern, contacts by type and location.
 *
 * <p>Rows and columns are each counted once (a partition in both directions). Every row and
 * every column is a {@link Distribution}, which gives their percentages. Merging ({@link #merge})
 * adds counts per cell; the table without categories is its identity, and merging is associative
 * (this table's rows and columns first, then new ones of the other, in their order).
 *
 * <p>Invariants: rows and columns are each listed once (code {@value #CATEGORIES_CODE}); there is
 * one count per row and column (code {@value #SHAPE_CODE}); no count is negative (code
 * {@value #NEGATIVE_CODE}). Immutable and thread-safe.
 *
 * @param <R> the type of the row categories
 * @param <C> the type of the column categories
 */
@Value.Immutable
public abstract class CrossTable<R, C> {
  CrossTable() {}

  /** The code of the rule that rows and columns are each listed once. */
  public static final String CATEGORIES_CODE = "CROSSTABLE-S01";

  /** The code of the rule that there is one count per row and column. */
  public static final String SHAPE_CODE = "CROSSTABLE-S02";

  /** The code of the rule that no count is negative. */
  public static final String NEGATIVE_CODE = "CROSSTABLE-S03";

  /** The row categories, top to bottom. */
  public abstract List<R> rowCategories();

  /** The column categories, left to right. */
  public abstract List<C> columnCategories();

  /** The counts, row by row (row-major), one per row and column. */
  abstract List<Long> cells();

  /**
   * A cross table.
   *
   * @param <R> the type of the row categories
   * @param <C> the type of the column categories
   * @param rows the row categories, in order
   * @param columns the column categories, in order
   * @param counts {@code counts[r][c]} for row {@code r} and column {@code c}
   * @return the table
   * @throws InvalidValueException when the shape does not fit or a count is negative
   */
  public static <R, C> CrossTable<R, C> of(List<R> rows, List<C> columns, long[][] counts) {
    List<Long> cells = new ArrayList<>();
    InvalidValueException.require(counts.length == rows.size(), SHAPE_CODE, "a cross table needs one row of counts per row category");
    for (long[] row : counts) {
      InvalidValueException.require(
          row.length == columns.size(), SHAPE_CODE, "a cross table needs one count per column category in every row");
      for (long count : row) {
        cells.add(count);
      }
    }
    return ImmutableCrossTable.<R, C>builder().rowCategories(rows).columnCategories(columns).cells(cells).build();
  }

  /**
   * A cross table with these rows and columns, all counted 0: the identity for merging tables
   * over the same categories, and the start that fixes their order.
   *
   * @param <R> the type of the row categories
   * @param <C> the type of the column categories
   * @param rows the row categories, in order
   * @param columns the column categories, in order
   * @return the table
   */
  public static <R, C> CrossTable<R, C> empty(List<R> rows, List<C> columns) {
    return of(rows, columns, new long[rows.size()][columns.size()]);
  }

  /**
   * The count in one cell.
   *
   * @param row a row category
   * @param column a column category
   * @return the count; 0 when the table does not list the row or column
   */
  public long count(R row, C column) {
    Integer r = rowIndex().get(row);
    Integer c = columnIndex().get(column);
    return r == null || c == null ? 0 : cells().get(r * columnCategories().size() + c);
  }

  /**
   * One row as a distribution over the columns; its total is the row total.
   *
   * @param row a row category
   * @return the row's counts per column
   */
  public Distribution<C> row(R row) {
    Map<C, Long> counts = new LinkedHashMap<>();
    columnCategories().forEach(column -> counts.put(column, count(row, column)));
    return Distribution.of(counts);
  }

  /**
   * One column as a distribution over the rows; its total is the column total.
   *
   * @param column a column category
   * @return the column's counts per row
   */
  public Distribution<R> column(C column) {
    Map<R, Long> counts = new LinkedHashMap<>();
    rowCategories().forEach(row -> counts.put(row, count(row, column)));
    return Distribution.of(counts);
  }

  /** The row totals, as a distribution over the rows. */
  @Value.Lazy
  public Distribution<R> rowTotals() {
    Map<R, Long> totals = new LinkedHashMap<>();
    rowCategories().forEach(row -> totals.put(row, row(row).total()));
    return Distribution.of(totals);
  }

  /** The column totals, as a distribution over the columns. */
  @Value.Lazy
  public Distribution<C> columnTotals() {
    Map<C, Long> totals = new LinkedHashMap<>();
    columnCategories().forEach(column -> totals.put(column, column(column).total()));
    return Distribution.of(totals);
  }

  /** The grand total. */
  public long total() {
    return rowTotals().total();
  }

  /**
   * This table with {@code count} more units in one cell; a new row or column is added at the end.
   *
   * @param row the row category
   * @param column the column category
   * @param count the number of units to add, not negative
   * @return the new table
   * @throws IllegalArgumentException when {@code count} is negative
   * @throws ArithmeticException when the cell's count would exceed {@link Long#MAX_VALUE}
   */
  public CrossTable<R, C> add(R row, C column, long count) {
    if (count < 0) {
      throw new IllegalArgumentException("a count to add cannot be negative");
    }
    List<R> rows = union(rowCategories(), List.of(row));
    List<C> columns = union(columnCategories(), List.of(column));
    long[][] counts = countsIn(rows, columns);
    counts[rows.indexOf(row)][columns.indexOf(column)] =
        Math.addExact(counts[rows.indexOf(row)][columns.indexOf(column)], count);
    return of(rows, columns, counts);
  }

  /**
   * Merges two tables over disjoint sets of units: counts are added per cell.
   *
   * @param other the other table
   * @return the merged table, with this table's rows and columns first
   * @throws ArithmeticException when a merged count would exceed {@link Long#MAX_VALUE}
   */
  public CrossTable<R, C> merge(CrossTable<? extends R, ? extends C> other) {
    List<R> rows = union(rowCategories(), other.rowCategories());
    List<C> columns = union(columnCategories(), other.columnCategories());
    long[][] counts = countsIn(rows, columns);
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        counts[r][c] = Math.addExact(counts[r][c], countOf(other, rows.get(r), columns.get(c)));
      }
    }
    return of(rows, columns, counts);
  }

  /**
   * The table for publication, protected by {@link DisclosureControl#standard()}.
   *
   * @param rowHeader the header of the label column, for example {@code Soort opvang}
   * @param rowLabel how a row category is written
   * @param columnLabel how a column category is written
   * @return the table with a {@code Totaal} column and a {@code Totaal} row
   * @see #publish(String, Function, Function, DisclosureControl)
   */
  public PublishedTable publish(
      String rowHeader, Function<? super R, String> rowLabel, Function<? super C, String> columnLabel) {
    return publish(rowHeader, rowLabel, columnLabel, DisclosureControl.standard());
  }

  /**
   * The table for publication: a row per row category and a column per column category, a
   * {@code Totaal} column of row totals and a {@code Totaal} row of column totals. Counts are
   * protected by {@code control} so that no withheld cell can be narrowed below its protection
   * interval from the others, the totals and non-negativity (see {@link DisclosureControl}), then
   * rounded by it. A row or column that is empty everywhere is left out rather than shown or
   * withheld.
   *
   * @param rowHeader the header of the label column
   * @param rowLabel how a row category is written
   * @param columnLabel how a column category is written
   * @param control the disclosure control; {@link DisclosureControl#internalUseOnly()} to opt out
   * @return the table
   */
  public PublishedTable publish(
      String rowHeader,
      Function<? super R, String> rowLabel,
      Function<? super C, String> columnLabel,
      DisclosureControl control) {
    return Publication.crossTable(this, rowHeader, rowLabel, columnLabel, control);
  }

  /**
   * The table for publication together with its margins as tables of their own, protected
   * together: the row totals ({@code rowHeader | Aantal | %}) and the column totals (headed by
   * {@code columnHeader}) withhold exactly the totals that the table withholds, so that publishing
   * all three tells an attacker nothing the table alone does not.
   *
   * @param rowHeader the header of the label column, and of the row totals' table
   * @param rowLabel how a row category is written
   * @param columnHeader the header of the column totals' table
   * @param columnLabel how a column category is written
   * @param decimals the decimals of the margins' percentages, at least 0
   * @param control the disclosure control; {@link DisclosureControl#internalUseOnly()} to opt out
   * @return the table, the row totals and the column totals, in that order
   */
  public List<PublishedTable> publishWithMargins(
      String rowHeader,
      Function<? super R, String> rowLabel,
      String columnHeader,
      Function<? super C, String> columnLabel,
      int decimals,
      DisclosureControl control) {
    PublishedTable table = Publication.crossTable(this, rowHeader, rowLabel, columnLabel, control);
    return List.of(table, Publication.margin(table, rowHeader, true, decimals),
        Publication.margin(table, columnHeader, false, decimals));
  }

  private long[][] countsIn(List<R> rows, List<C> columns) {
    long[][] counts = new long[rows.size()][columns.size()];
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        counts[r][c] = count(rows.get(r), columns.get(c));
      }
    }
    return counts;
  }

  private static <R, C> long countOf(CrossTable<R, C> table, Object row, Object column) {
    Integer r = table.rowIndex().get(row);
    Integer c = table.columnIndex().get(column);
    return r == null || c == null ? 0 : table.cells().get(r * table.columnCategories().size() + c);
  }

  private static <T> List<T> union(List<T> first, List<? extends T> second) {
    List<T> union = new ArrayList<>(first);
    for (T item : second) {
      if (!union.contains(item)) {
        union.add(item);
      }
    }
    return union;
  }

  @Value.Lazy
  Map<Object, Integer> rowIndex() {
    return index(rowCategories());
  }

  @Value.Lazy
  Map<Object, Integer> columnIndex() {
    return index(columnCategories());
  }

  private static Map<Object, Integer> index(List<?> categories) {
    Map<Object, Integer> index = new HashMap<>();
    for (int i = 0; i < categories.size(); i++) {
      index.put(categories.get(i), i);
    }
    return index;
  }

  @Value.Check
  void checkShape() {
    InvalidValueException.require(
        new HashSet<>(rowCategories()).size() == rowCategories().size()
            && new HashSet<>(columnCategories()).size() == columnCategories().size(),
        CATEGORIES_CODE,
        "a row (rowCategories) or column (columnCategories) is listed twice");
    InvalidValueException.require(
        cells().size() == rowCategories().size() * columnCategories().size(),
        SHAPE_CODE,
        "a cross table needs one count (cells) per row and column");
    InvalidValueException.require(
        cells().stream().allMatch(count -> count >= 0), NEGATIVE_CODE, "a count (cells) cannot be negative");
  }
}
