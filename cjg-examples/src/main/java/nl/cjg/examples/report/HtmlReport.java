package nl.cjg.examples.report;

import java.util.List;
import nl.cjg.core.stats.table.TableConventions;

/**
 * Renders a {@link Report} as one self-contained HTML page: styles inline, charts as inline SVG,
 * no scripts, no external resources, so that it opens without a network. All text is escaped with
 * {@link Html#escape}. The page is readable from a phone to a desktop (tables scroll sideways in
 * their own box rather than widening the page, charts scale to the width) and prints on A4.
 * Every chart is a figure with a caption and a text alternative, followed by its table.
 */
public final class HtmlReport {
  private static final String STYLE =
      "*,*::before,*::after{box-sizing:border-box}"
          + "body{font-family:system-ui,'DejaVu Sans',Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
          + "color:#1d1d1d;background:#fff;line-height:1.45;overflow-wrap:break-word}"
          + "h1{font-size:1.8rem;line-height:1.2}h2{font-size:1.3rem;margin-top:2.5rem;border-bottom:1px solid #767676}"
          + "a{color:#0b4f9c}nav ol{columns:2;column-gap:2rem}"
          + "figure{margin:1rem 0}figcaption{font-weight:bold;margin-bottom:.3rem}"
          + "svg.chart{width:100%;max-width:640px;height:auto;display:block}"
          + ".table{overflow-x:auto;margin:1rem 0;max-width:100%}"
          + "table{border-collapse:collapse;font-size:.9rem}"
          + "th,td{border:1px solid #b0b0b0;padding:.3rem .6rem;text-align:left;vertical-align:top}th{background:#f2f2f2}"
          + "td.number{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}"
          + "footer{margin-top:3rem;font-size:.85rem;color:#595959}"
          + "@media (max-width:700px){body{margin:1rem auto;padding:0 .75rem}h1{font-size:1.45rem}nav ol{columns:1}"
          + "table{font-size:.85rem}th,td{padding:.25rem .4rem}}"
          + "@media print{@page{size:A4;margin:15mm}body{max-width:none;margin:0;padding:0;font-size:10pt}"
          + "nav{display:none}h2{break-after:avoid}figure,tr{break-inside:avoid}"
          + ".table{overflow:visible}svg.chart{max-width:16cm}a{color:inherit;text-decoration:none}}";

  /** How published tables write a suppressed cell; aligned as a number. */
  private static final String SUPPRESSED = TableConventions.SUPPRESSED_MARK;

  private HtmlReport() {}

  /**
   * The report as HTML.
   *
   * @param report the content
   * @param texts the report's language: the page's {@code lang} and its own few words
   * @return the HTML document, UTF-8 text
   */
  public static String render(Report report, Texts texts) {
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"").append(texts.languageTag()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Html.escape(report.title())).append("</title>\n")
        .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n")
        .append("<h1>").append(Html.escape(report.title())).append("</h1>\n");
    paragraphs(html, report.introduction());
    html.append("<nav aria-label=\"").append(Html.escape(texts.text("html.contents"))).append("\"><ol>\n");
    for (Section section : report.sections()) {
      html.append("<li><a href=\"#").append(Html.escape(section.id())).append("\">")
          .append(Html.escape(section.title())).append("</a></li>\n");
    }
    html.append("</ol></nav>\n");
    for (Section section : report.sections()) {
      section(html, section, texts);
    }
    html.append("</main>\n<footer>").append(Html.escape(texts.text("html.footer"))).append("</footer>\n")
        .append("</body>\n</html>\n");
    return html.toString();
  }

  private static void section(StringBuilder html, Section section, Texts texts) {
    html.append("<section id=\"").append(Html.escape(section.id())).append("\">\n<h2>")
        .append(Html.escape(section.title())).append("</h2>\n");
    paragraphs(html, section.explanation());
    section.chart().ifPresent(chart -> html.append("<figure id=\"figuur-").append(Html.escape(chart.id()))
        .append("\" aria-describedby=\"tabel-").append(Html.escape(chart.id())).append("\"><figcaption>")
        .append(Html.escape(chart.title())).append("</figcaption>").append(chart.svg()).append("</figure>\n"));
    section.table().ifPresent(table -> {
      String id = section.chart().map(chart -> "tabel-" + chart.id()).orElse("tabel-" + section.id());
      String label = section.chart().map(chart -> texts.text("html.chartTable", chart.title())).orElse(section.title());
      table(html, table, id, label);
    });
    html.append("</section>\n");
  }

  private static void table(StringBuilder html, Table table, String id, String label) {
    html.append("<div class=\"table\" id=\"").append(Html.escape(id)).append("\" role=\"region\" tabindex=\"0\" aria-label=\"")
        .append(Html.escape(label)).append("\">\n<table>\n<thead><tr>");
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
    html.append("</tbody>\n</table>\n</div>\n");
  }

  private static boolean isNumber(String cell) {
    return cell.equals(SUPPRESSED)
        || !cell.isEmpty() && cell.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',' || c == '-' || c == '%')
            && cell.chars().anyMatch(Character::isDigit);
  }

  private static void paragraphs(StringBuilder html, List<String> paragraphs) {
    for (String paragraph : paragraphs) {
      html.append("<p>").append(Html.escape(paragraph)).append("</p>\n");
    }
  }
}
