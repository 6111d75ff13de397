package nl.cjg.core.stats.table;

import java.util.Arrays;
import java.util.List;
import nl.cjg.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A table as it is published: a header row and labelled rows of {@link Cell cells}. The first
 * header names the label column; every other header names a data column, and its text gives the
 * column its meaning by the {@link TableConventions} (a {@code Totaal} column, a {@code %} column).
 *
 * <p>This is both what the library's {@code publish} methods produce (with disclosure control
 * applied) and what the table audit checks. Invariants: at least one data column (code
 * {@value #COLUMNS_CODE}); every row has one cell per data column (code {@value #WIDTH_CODE});
 * headers are single lines (code {@value #HEADER_CODE}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublishedTable {
  PublishedTable() {}

  /** The code of the rule that a table has a label column and at least one data column. */
  public static final String COLUMNS_CODE = "TABLE-S01";

  /** The code of the rule that every row has exactly one cell per data column. */
  public static final String WIDTH_CODE = "TABLE-S02";

  /** The code of the rule that headers are single lines. */
  public static final String HEADER_CODE = "TABLE-S03";

  /** The headers, left to right: first the label column's, then one per data column. */
  public abstract List<String> headers();

  /** The rows, top to bottom. */
  public abstract List<TableRow> rows();

  /**
   * A builder.
   *
   * <p>Nothing is required: every attribute is optional, a collection that may stay empty, or has
   * a default. {@code build()} throws an {@link IllegalStateException} that names every required
   * attribute not set, and an {@link InvalidValueException} with the rule's code when the value
   * would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PublishedTable}; {@link #builder()} names the required attributes. A list or
   * set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutablePublishedTable.Builder {
    Builder() {}
  }

  /**
   * A table.
   *
   * @param headers the label column's header, then one per data column
   * @param rows the rows, top to bottom
   * @return the table
   */
  public static PublishedTable of(List<String> headers, List<TableRow> rows) {
    return builder().headers(headers).rows(rows).build();
  }

  /**
   * A table whose headers are given as an array, for short examples.
   *
   * @param rows the rows, top to bottom
   * @param headers the label column's header, then one per data column
   * @return the table
   */
  public static PublishedTable of(List<TableRow> rows, String... headers) {
    return of(Arrays.asList(headers), rows);
  }

  /** The number of data columns (all columns but the label column). */
  public int dataColumnCount() {
    return headers().size() - 1;
  }

  /**
   * The header of a data column.
   *
   * @param column the data column, 0 for the first column after the labels
   * @return its header
   */
  public String dataHeader(int column) {
    return headers().get(column + 1);
  }

  /**
   * One cell.
   *
   * @param row the row, 0 for the first row under the header
   * @param column the data column, 0 for the first column after the labels
   * @return the cell
   */
  public Cell cell(int row, int column) {
    return rows().get(row).cells().get(column);
  }

  @Value.Check
  void checkShape() {
    InvalidValueException.require(
        headers().size() >= 2, COLUMNS_CODE, "a table needs a label column and at least one data column (headers)");
    InvalidValueException.require(
        headers().stream().allMatch(TableConventions::isSingleLine), HEADER_CODE, "a header (headers) must be a single line");
    InvalidValueException.require(
        rows().stream().allMatch(row -> row.cells().size() == dataColumnCount()),
        WIDTH_CODE,
        "every row (rows) needs exactly one cell per data column");
  }
}
