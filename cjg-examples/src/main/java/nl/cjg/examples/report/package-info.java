/**
 * The self-contained HTML report: sections with an explanation, a chart drawn by JFreeChart and
 * embedded as inline SVG, or a table. All text is HTML-escaped; the file needs no network.
 */
package nl.cjg.examples.report;
