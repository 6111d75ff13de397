package nl.cjg.core.stats.table;

/**
 * Thrown when a table cannot be read or does not follow the table conventions: a ragged row, a
 * count cell that is not a number, a percentage column that refers to an unknown column, a file
 * that is empty, too large or not UTF-8.
 *
 * <p>It names where: the {@link #line() line} in CSV terms (1 is the header, 2 the first row) and
 * the {@link #column() column} (1 is the label column), and what is wrong. The message never
 * repeats the offending cell's text.
 */
public final class TableFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  /**
   * Creates the exception.
   *
   * @param line the line, 1 for the header; 0 when the problem concerns the whole input
   * @param column the column, 1 for the label column; 0 when the problem concerns a whole line
   * @param problem what is wrong, without the offending text
   */
  public TableFormatException(int line, int column, String problem) {
    super(location(line, column) + problem);
    this.line = line;
    this.column = column;
  }

  /** The line, 1 for the header; 0 when the problem concerns the whole input. */
  public int line() {
    return line;
  }

  /** The column, 1 for the label column; 0 when the problem concerns a whole line or input. */
  public int column() {
    return column;
  }

  private static String location(int line, int column) {
    if (line == 0) {
      return "";
    }
    return column == 0 ? "line " + line + ": " : "line " + line + ", column " + column + ": ";
  }
}
