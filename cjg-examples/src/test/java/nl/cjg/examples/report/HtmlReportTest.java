package nl.cjg.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The report renderer: escaping, inline SVG, no external resources, deterministic output. */
class HtmlReportTest {
  private static final Texts DUTCH = Texts.of(Texts.DUTCH);

  static Report sample() {
    Map<String, Integer> kernen = new LinkedHashMap<>();
    kernen.put("Bergen", 3147);
    kernen.put("Egmond aan Zee", 1037);
    kernen.put("Schoorl <&> \"Groet\"", 1216);
    Map<String, Map<String, Integer>> stacked = new LinkedHashMap<>();
    stacked.put("0 - 15 jaar", Map.of("Bergen", 1878));
    stacked.put("15 - 25 jaar", Map.of("Bergen", 1269));
    return new Report(
        "Rapport <script>alert(1)</script>",
        List.of("Inleiding & uitleg"),
        List.of(
            Section.withChart("kernen", "Per kern", Charts.bars("kernen", "Jeugdigen per kern", "kern", "aantal", kernen, DUTCH),
                Table.of("kern", "aantal", kernen, DUTCH), "Uitleg"),
            Section.withChart("stapel", "Gestapeld", Charts.stackedBars("stapel", "Per band", "kern", "aantal", stacked, DUTCH),
                Table.ofSeries("kern", stacked, DUTCH)),
            Section.withChart(
                "tijd",
                "Tijdlijn",
                Charts.timeline(
                    "tijd", "Werkplan", "werkplan 2012",
                    List.of(new TimelineItem("1. Ambitie", LocalDate.of(2012, 1, 1), LocalDate.of(2012, 3, 31)),
                        new TimelineItem("2. Casusoverleg", LocalDate.of(2012, 1, 1), LocalDate.of(2012, 9, 30))), DUTCH),
                new Table(List.of("Nr", "Onderwerp"), List.of(List.of("1", "Ambitie"), List.of("2", "Casusoverleg")))),
            Section.withTable("tabel", "Tabel", new Table(List.of("Rij", "Aantal"), List.of(List.of("<b>", "12"))))));
  }

  @Test
  void everyTextIsEscaped() {
    String html = HtmlReport.render(sample(), DUTCH);
    assertFalse(html.contains("<script"), "no script anywhere");
    assertTrue(html.contains("<title>Rapport &lt;script&gt;alert(1)&lt;/script&gt;</title>"));
    assertTrue(html.contains("<td>&lt;b&gt;</td>"));
    assertTrue(html.contains("Schoorl &lt;&amp;&gt; \"Groet\""), "chart text is escaped by the SVG writer");
    assertEquals("a&amp;b&lt;c&gt;&quot;&#39;", Html.escape("a&b<c>\"'\u0007"));
  }

  @Test
  void chartsAreInlineSvgWithUniqueIdsAndNoExternalReferences() {
    String html = HtmlReport.render(sample(), DUTCH);
    assertEquals(3, html.split("<svg ", -1).length - 1);
    assertFalse(html.contains("<?xml"), "no XML declaration inside HTML");
    assertFalse(html.contains("<!DOCTYPE svg"), "no SVG document type inside HTML");
    assertFalse(html.contains("http://www.w3.org/Graphics"), "no reference to an external DTD");
    assertFalse(html.matches("(?s).*(src|href)=\"https?:.*"), "nothing loaded from the network");
    List<String> ids = matches(html, "id=\"([^\"]+)\"");
    assertEquals(ids.size(), new HashSet<>(ids).size(), "every id on the page is unique");
    assertTrue(ids.contains("kernen-0") && ids.contains("tijd-0"), "chart ids carry the chart's prefix");
    List<String> references = matches(html, "url\\(#([^)]+)\\)");
    assertFalse(references.isEmpty(), "the charts clip to their plot areas");
    assertTrue(ids.containsAll(references), "every reference points at an element of the page");
  }

  private static List<String> matches(String text, String regex) {
    List<String> found = new ArrayList<>();
    Matcher matcher = Pattern.compile(regex).matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  @Test
  void theSameReportGivesTheSameHtml() {
    assertEquals(HtmlReport.render(sample(), DUTCH), HtmlReport.render(sample(), DUTCH));
  }

  @Test
  void tablesAndTimelinesRefuseBadShapes() {
    assertThrows(IllegalArgumentException.class, () -> new Table(List.of("a", "b"), List.of(List.of("1"))));
    assertThrows(
        IllegalArgumentException.class, () -> new TimelineItem("x", LocalDate.of(2012, 2, 1), LocalDate.of(2012, 1, 1)));
  }
}
