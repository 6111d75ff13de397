package nl.cjg.examples.report;

/**
 * A chart of the report as an inline SVG element, ready to be placed in HTML. Immutable and
 * thread-safe.
 *
 * @param id the chart's id in the page, also the prefix of the ids inside its SVG
 * @param title what the chart shows (plain text)
 * @param svg the SVG element
 */
public record Chart(String id, String title, String svg) {}
