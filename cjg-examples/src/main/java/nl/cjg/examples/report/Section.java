package nl.cjg.examples.report;

import java.util.List;
import java.util.Optional;

/**
 * One section of the report: a title, a short explanation (paragraphs of plain text), and a table,
 * a chart with the table of its figures beside it, or neither. Immutable and thread-safe.
 *
 * @param id the section's anchor in the page (letters, digits and {@code -})
 * @param title the heading
 * @param explanation the paragraphs that say what is shown and how to read it
 * @param chart the chart, if any
 * @param table the table, if any; required with a chart, for readers who cannot see the chart
 */
public record Section(String id, String title, List<String> explanation, Optional<Chart> chart, Optional<Table> table) {
  /**
   * Copies the explanation and checks that a chart has its table.
   *
   * @throws IllegalArgumentException when there is a chart without a table
   */
  public Section {
    explanation = List.copyOf(explanation);
    if (chart.isPresent() && table.isEmpty()) {
      throw new IllegalArgumentException("a chart needs the table of its figures beside it (section " + id + ")");
    }
  }

  /**
   * A section with a chart and the table of its figures.
   *
   * @param id the anchor
   * @param title the heading
   * @param chart the chart
   * @param table the chart's figures as a table
   * @param explanation the paragraphs
   * @return the section
   */
  public static Section withChart(String id, String title, Chart chart, Table table, String... explanation) {
    return new Section(id, title, List.of(explanation), Optional.of(chart), Optional.of(table));
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

  /**
   * A section of text only.
   *
   * @param id the anchor
   * @param title the heading
   * @param explanation the paragraphs
   * @return the section
   */
  public static Section text(String id, String title, String... explanation) {
    return new Section(id, title, List.of(explanation), Optional.empty(), Optional.empty());
  }
}
