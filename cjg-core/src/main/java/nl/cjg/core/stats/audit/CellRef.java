package nl.cjg.core.stats.audit;

/**
 * A cell of a table: its row (0 for the first row under the header) and data column (0 for the
 * first column after the labels).
 */
record CellRef(int row, int column) implements Comparable<CellRef> {
  @Override
  public int compareTo(CellRef other) {
    return row != other.row ? Integer.compare(row, other.row) : Integer.compare(column, other.column);
  }
}
