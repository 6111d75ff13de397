package nl.cjg.core.stats.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import nl.cjg.core.stats.table.Cell;
import nl.cjg.core.stats.table.PublishedTable;
import nl.cjg.core.stats.table.TableConventions;
import nl.cjg.core.stats.table.TableFormatException;

/**
 * What a published table's headers and labels say about its cells (see {@link TableConventions}),
 * and the checks that follow: row sums for a total column, column sums for a total row, and a
 * percentage for every filled cell of a percentage column. A check is made only when all its
 * cells hold a value: empty and suppressed cells are not checked.
 */
final class Layout {
  private enum Role {
    COUNT,
    TOTAL,
    PERCENTAGE
  }

  private final PublishedTable table;
  private final Role[] roles;
  private final int[] numeratorColumns;
  private final PercentageBase[] bases;
  private final List<Check> checks = new ArrayList<>();
  private final List<List<CellRef>> sums = new ArrayList<>();
  private final TreeSet<CellRef> uncheckedTotals = new TreeSet<>();

  /** The base of a percentage column: its total row, a number, or a column in the same row. */
  private static final class PercentageBase {
    final BigDecimal number;
    final int column;

    PercentageBase(BigDecimal number, int column) {
      this.number = number;
      this.column = column;
    }

    boolean isTotalRow() {
      return number == null && column < 0;
    }
  }

  private Layout(PublishedTable table) {
    this.table = table;
    int columns = table.dataColumnCount();
    roles = new Role[columns];
    numeratorColumns = new int[columns];
    bases = new PercentageBase[columns];
    for (int c = 0; c < columns; c++) {
      String header = table.dataHeader(c);
      roles[c] =
          TableConventions.isPercentageColumn(header)
              ? Role.PERCENTAGE
              : TableConventions.isTotalColumn(header) ? Role.TOTAL : Role.COUNT;
    }
    for (int c = 0; c < columns; c++) {
      if (roles[c] == Role.PERCENTAGE) {
        numeratorColumns[c] = numeratorColumn(c);
        bases[c] = base(c);
      }
    }
    addRowSums();
    addColumnSums();
    addPercentages();
  }

  /**
   * Reads the layout of a table.
   *
   * @throws TableFormatException when a percentage column has no count column to its left, its
   *     header names an unknown or ambiguous base, or a {@code %} cell has no total row below it
   */
  static Layout of(PublishedTable table) {
    return new Layout(table);
  }

  List<Check> checks() {
    return checks;
  }

  /** Every sum the headers and labels state, filled or not: the parts, then the total last. */
  List<List<CellRef>> sums() {
    return sums;
  }

  /** The stated totals of a sum that is not checked because a part is empty or suppressed, in table order. */
  List<CellRef> uncheckedTotals() {
    return List.copyOf(uncheckedTotals);
  }

  /** Whether a cell is derived from others: a total or a percentage, as opposed to a count. */
  boolean isDerived(CellRef cell) {
    Role role = roles[cell.column()];
    String label = table.rows().get(cell.row()).label();
    return role != Role.COUNT || (TableConventions.isTotalRow(label) && !TableConventions.isOverlapTotalRow(label));
  }

  private int numeratorColumn(int column) {
    for (int c = column - 1; c >= 0; c--) {
      if (roles[c] != Role.PERCENTAGE) {
        return c;
      }
    }
    throw new TableFormatException(1, column + 2, "a percentage column needs a count column to its left");
  }

  private PercentageBase base(int column) {
    String rest = table.dataHeader(column).strip().substring(1).strip();
    if (rest.isEmpty()) {
      return new PercentageBase(null, -1);
    }
    String lower = rest.toLowerCase(Locale.ROOT);
    String reference;
    if (lower.startsWith("of ")) {
      reference = rest.substring(3).strip();
    } else if (lower.startsWith("van ")) {
      reference = rest.substring(4).strip();
    } else {
      throw new TableFormatException(
          1, column + 2, "a percentage header is '%', '% of N', '% van N', '% of NAME' or '% van NAME'");
    }
    List<Integer> named = new ArrayList<>();
    for (int c = 0; c < roles.length; c++) {
      if (table.dataHeader(c).strip().equalsIgnoreCase(reference)) {
        named.add(c);
      }
    }
    if (named.size() > 1) {
      throw new TableFormatException(1, column + 2, "the percentage column's base '" + reference + "' names more than one column");
    }
    if (named.size() == 1) {
      if (roles[named.get(0)] == Role.PERCENTAGE) {
        throw new TableFormatException(1, column + 2, "a percentage cannot be of a percentage column");
      }
      return new PercentageBase(null, named.get(0));
    }
    Optional<BigDecimal> number = TableConventions.parseNumber(reference, true);
    if (number.isEmpty()) {
      throw new TableFormatException(
          1, column + 2, "the percentage column's base '" + reference + "' is neither a number nor a column");
    }
    if (number.get().signum() == 0) {
      throw new TableFormatException(1, column + 2, "a percentage cannot be of 0");
    }
    return new PercentageBase(number.get(), -1);
  }

  private void addRowSums() {
    List<Integer> counts = columnsWith(Role.COUNT);
    if (counts.isEmpty()) {
      return;
    }
    for (int row = 0; row < table.rows().size(); row++) {
      for (int total : columnsWith(Role.TOTAL)) {
        List<CellRef> parts = new ArrayList<>();
        for (int count : counts) {
          parts.add(new CellRef(row, count));
        }
        addSum(new CellRef(row, total), parts);
      }
    }
  }

  private void addColumnSums() {
    int groupStart = 0;
    for (int row = 0; row < table.rows().size(); row++) {
      String label = table.rows().get(row).label();
      if (!TableConventions.isTotalRow(label)) {
        continue;
      }
      if (!TableConventions.isOverlapTotalRow(label) && row > groupStart) {
        for (int column = 0; column < roles.length; column++) {
          if (roles[column] != Role.PERCENTAGE) {
            List<CellRef> parts = new ArrayList<>();
            for (int part = groupStart; part < row; part++) {
              parts.add(new CellRef(part, column));
            }
            addSum(new CellRef(row, column), parts);
          }
        }
      }
      groupStart = row + 1;
    }
  }

  private void addSum(CellRef total, List<CellRef> parts) {
    List<CellRef> sum = new ArrayList<>(parts);
    sum.add(total);
    sums.add(List.copyOf(sum));
    if (hasValue(total) && parts.stream().allMatch(this::hasValue)) {
      checks.add(new SumCheck(total, parts));
    } else if (hasValue(total)) {
      uncheckedTotals.add(total);
    }
  }

  private void addPercentages() {
    for (int column = 0; column < roles.length; column++) {
      if (roles[column] != Role.PERCENTAGE) {
        continue;
      }
      for (int row = 0; row < table.rows().size(); row++) {
        CellRef percentage = new CellRef(row, column);
        if (!hasValue(percentage)) {
          continue;
        }
        CellRef count = new CellRef(row, numeratorColumns[column]);
        PercentageBase base = bases[column];
        if (base.number != null) {
          if (hasValue(count)) {
            checks.add(PercentageCheck.ofNumber(percentage, count, base.number));
          }
          continue;
        }
        CellRef baseCell =
            base.isTotalRow() ? new CellRef(totalRowFor(row, column), count.column()) : new CellRef(row, base.column);
        if (hasValue(count) && hasValue(baseCell)) {
          checks.add(PercentageCheck.ofCell(percentage, count, baseCell));
        }
      }
    }
  }

  private int totalRowFor(int row, int column) {
    for (int r = row; r < table.rows().size(); r++) {
      if (TableConventions.isTotalRow(table.rows().get(r).label())) {
        return r;
      }
    }
    throw new TableFormatException(row + 2, column + 2, "a '%' percentage needs a total row at or below its row");
  }

  private List<Integer> columnsWith(Role role) {
    List<Integer> columns = new ArrayList<>();
    for (int c = 0; c < roles.length; c++) {
      if (roles[c] == role) {
        columns.add(c);
      }
    }
    return columns;
  }

  private boolean hasValue(CellRef cell) {
    Cell value = table.cell(cell.row(), cell.column());
    return value.isValue();
  }
}
