package nl.cjg.examples.report;

import java.util.List;

/**
 * The content of a report: a title, an introduction and its sections, in order. Rendered by
 * {@link HtmlReport}. Immutable and thread-safe.
 *
 * @param title the page title
 * @param introduction the paragraphs above the sections
 * @param sections the sections
 */
public record Report(String title, List<String> introduction, List<Section> sections) {
  /** Copies the lists. */
  public Report {
    introduction = List.copyOf(introduction);
    sections = List.copyOf(sections);
  }
}
