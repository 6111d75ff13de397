package nl.cjg.examples.report;

import java.util.List;
import java.util.Optional;

/**
 * One section of the report: a title, a short explanation (paragraphs of plain text), and a chart,
 * a table, or both. Immutable and thread-safe.
 *
 * @param id the section's anchor in the page (letters, digits and {@code -})
 * @param title the heading
 * @param explanation the paragraphs that say what is shown and how to read it
 * @param chart the chart, if any
 * @param table the table, if any
 */
public record Section(String id, String title, List<String> explanation, Optional<Chart> chart, Optional<Table> table) {
  /** Copies the explanation. */
  public Section {
    explanation = List.copyOf(explanation);
  }

  /**
   * A section with a chart.
   *
   * @param id the anchor
   * @param title the heading
   * @param chart the chart
   * @param explanation the paragraphs
   * @return the section
   */
  public static Section withChart(String id, String title, Chart chart, String... explanation) {
    return new Section(id, title, List.of(explanation), Optional.of(chart), Optional.empty());
  }

  /**
   * A section with a table.
   *
   * @param id the anchor
   * @param title the heading
   * @param table the table
   * @param explanation the paragraphs
   * @return the section
   */
  public static Section withTable(String id, String title, Table table, String... explanation) {
    return new Section(id, title, List.of(explanation), Optional.empty(), Optional.of(table));
  }
}
