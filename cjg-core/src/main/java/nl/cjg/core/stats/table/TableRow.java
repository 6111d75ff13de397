package nl.cjg.core.stats.table;

import java.util.List;
import nl.cjg.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * One row of a published table: its label (the first column) and one cell per data column.
 *
 * <p>Invariant (code {@value #LABEL_CODE}): the label is a single line. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TableRow {
  TableRow() {}

  /** The code of the rule that a row label is a single line. */
  public static final String LABEL_CODE = "TABLEROW-S01";

  /** The label in the first column, for example {@code Bergen} or {@code Totaal}. */
  @Value.Parameter
  public abstract String label();

  /** The cells of the data columns, left to right. */
  @Value.Parameter
  public abstract List<Cell> cells();

  /**
   * A row.
   *
   * @param label the label in the first column
   * @param cells the cells of the data columns
   * @return the row
   */
  public static TableRow of(String label, List<Cell> cells) {
    return ImmutableTableRow.of(label, cells);
  }

  /**
   * A row of cells.
   *
   * @param label the label in the first column
   * @param cells the cells of the data columns
   * @return the row
   */
  public static TableRow of(String label, Cell... cells) {
    return ImmutableTableRow.of(label, List.of(cells));
  }

  @Value.Check
  void checkLabel() {
    InvalidValueException.require(TableConventions.isSingleLine(label()), LABEL_CODE, "a row label (label) must be a single line");
  }

  /**
   * A builder.
   *
   * <p>Required: {@link #label()}; every other attribute is optional, a collection that may stay
   * empty, or has a default. {@code build()} throws an {@link IllegalStateException} that names
   * every required attribute not set, and an {@link InvalidValueException} with the rule's code
   * when the value would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TableRow}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableTableRow.Builder {
    Builder() {}
  }
}
