package nl.cjg.examples.report;

import java.util.List;

/**
 * A table of the report: column headers and rows of text, each row as wide as the headers.
 * Immutable and thread-safe.
 *
 * @param headers the column headers
 * @param rows the rows
 */
public record Table(List<String> headers, List<List<String>> rows) {
  /**
   * Copies the lists and checks the shape.
   *
   * @throws IllegalArgumentException when a row's width differs from the headers'
   */
  public Table {
    headers = List.copyOf(headers);
    rows = rows.stream().map(List::copyOf).toList();
    for (List<String> row : rows) {
      if (row.size() != headers.size()) {
        throw new IllegalArgumentException("every row of a table has as many cells as there are headers");
      }
    }
  }
}
