package nl.cjg.examples.report;

import java.util.List;
import nl.cjg.core.stats.table.TableConventions;

/**
 * Renders a {@link Report} as one self-contained HTML page: styles inline, charts as inline SVG,
 * no scripts, no external resources, so that it opens without a network. All text is escaped with
 * {@link Html#escape}.
 */
public final class HtmlReport {
  private static final String STYLE =
      "body{font-family:system-ui,'DejaVu Sans',Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
          + "color:#1d1d1d;line-height:1.45}"
          + "h1{font-size:1.8rem}h2{font-size:1.3rem;margin-top:2.5rem;border-bottom:1px solid #ddd}"
          + "nav ol{columns:2}svg.chart{max-width:100%;height:auto;display:block;margin:1rem 0}"
          + "table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}"
          + "th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}th{background:#f2f2f2}"
          + "td.number{text-align:right}footer{margin-top:3rem;font-size:.8rem;color:#666}";

  /** How published tables write a suppressed cell; aligned as a number. */
  private static final String SUPPRESSED = TableConventions.SUPPRESSED_MARK;

  private HtmlReport() {}

  /**
   * The report as HTML.
   *
   * @param report the content
   * @return the HTML document, UTF-8 text
   */
  public static String render(Report report) {
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Html.escape(report.title())).append("</title>\n")
        .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n")
        .append("<h1>").append(Html.escape(report.title())).append("</h1>\n");
    paragraphs(html, report.introduction());
    html.append("<nav><ol>\n");
    for (Section section : report.sections()) {
      html.append("<li><a href=\"#").append(Html.escape(section.id())).append("\">")
          .append(Html.escape(section.title())).append("</a></li>\n");
    }
    html.append("</ol></nav>\n");
    for (Section section : report.sections()) {
      section(html, section);
    }
    html.append("</main>\n<footer>Gemaakt met de CJG-bibliotheek; alle cijfers zonder persoonsgegevens.</footer>\n")
        .append("</body>\n</html>\n");
    return html.toString();
  }

  private static void section(StringBuilder html, Section section) {
    html.append("<section id=\"").append(Html.escape(section.id())).append("\">\n<h2>")
        .append(Html.escape(section.title())).append("</h2>\n");
    paragraphs(html, section.explanation());
    section.chart().ifPresent(chart -> html.append("<figure id=\"figuur-").append(Html.escape(chart.id())).append("\" title=\"")
        .append(Html.escape(chart.title())).append("\">").append(chart.svg()).append("</figure>\n"));
    section.table().ifPresent(table -> table(html, table));
    html.append("</section>\n");
  }

  private static void table(StringBuilder html, Table table) {
    html.append("<table>\n<thead><tr>");
    for (String header : table.headers()) {
      html.append("<th scope=\"col\">").append(Html.escape(header)).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : table.rows()) {
      html.append("<tr>");
      for (String cell : row) {
        html.append(isNumber(cell) ? "<td class=\"number\">" : "<td>").append(Html.escape(cell)).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  private static boolean isNumber(String cell) {
    return cell.equals(SUPPRESSED)
        || !cell.isEmpty() && cell.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',' || c == '-' || c == '%');
  }

  private static void paragraphs(StringBuilder html, List<String> paragraphs) {
    for (String paragraph : paragraphs) {
      html.append("<p>").append(Html.escape(paragraph)).append("</p>\n");
    }
  }
}
