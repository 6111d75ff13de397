package nl.cjg.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cjg.core.stats.DisclosureControl;
import nl.cjg.examples.demo.DatasetReport;
import nl.cjg.examples.demo.Demo;
import nl.cjg.json.CjgJsonReader;
import nl.cjg.json.DatasetRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reports render in headless Chromium: the demo's report not blank, its charts present after
 * rendering, a quiet console; the demo's report and a dataset's report, in both languages, laid out
 * without overflowing, cut-off, overlapping or unreadably small text at a desktop width (1280 px)
 * and a phone width (600 px); printed on A4.
 */
class ReportRenderingTest {
  @TempDir Path dir;

  @Test
  void theDemoReportRendersInHeadlessChromium() throws Exception {
    HeadlessChromium chromium = HeadlessChromium.orSkip(dir);
    Demo.run(dir.resolve("demo"));

    HeadlessChromium.Rendering rendering = chromium.render(dir.resolve("demo").resolve(Demo.REPORT));

    assertTrue(HeadlessChromium.greyDeviation(rendering.screenshot()) > 10, "the page is not blank");
    assertTrue(HeadlessChromium.colouredPixels(rendering.screenshot()) > 1000, "the bars of the charts are drawn");
    assertEquals(5, rendering.dom().split("<svg ", -1).length - 1, "five charts in the rendered DOM");
    for (String chart : List.of("populatie", "bereik", "verzoeken", "routering", "werkplan")) {
      assertTrue(rendering.dom().contains("id=\"" + chart + "-0\""), chart);
      assertTrue(rendering.dom().contains("id=\"tabel-" + chart + "\""), "a table beside the chart " + chart);
    }
    assertTrue(rendering.dom().contains("<rect") && rendering.dom().contains("<text"), "the charts hold shapes and text");
    assertEquals(List.of(), rendering.console(), "nothing on the console");
  }

  @ParameterizedTest
  @ValueSource(ints = {1280, 600})
  void theDemoReportIsLaidOutWithoutProblems(int width) throws Exception {
    HeadlessChromium chromium = HeadlessChromium.orSkip(dir);
    Demo.run(dir.resolve("demo"));

    HeadlessChromium.Layout layout = chromium.checkLayout(dir.resolve("demo").resolve(Demo.REPORT), width);

    assertEquals(List.of(), layout.problems());
    assertTrue(layout.pageHeight() > 3000, "the whole report was laid out: " + layout.pageHeight());
  }

  @ParameterizedTest
  @ValueSource(ints = {1280, 600})
  void aDatasetsReportIsLaidOutWithoutProblemsInBothLanguages(int width) throws Exception {
    HeadlessChromium chromium = HeadlessChromium.orSkip(dir);
    Demo.run(dir.resolve("demo"));
    DatasetReport counts;
    try (InputStream in = Files.newInputStream(dir.resolve("demo").resolve(Demo.STEEKPROEF));
        DatasetRecords records = CjgJsonReader.create().readDataset(in)) {
      counts = DatasetReport.read(records);
    }
    for (Texts texts : List.of(Texts.of(Texts.DUTCH), Texts.of(Texts.ENGLISH))) {
      Path html = dir.resolve("report-" + texts.languageTag() + ".html");
      Files.writeString(html, HtmlReport.render(counts.report(DisclosureControl.standard(), texts), texts), StandardCharsets.UTF_8);

      HeadlessChromium.Layout layout = chromium.checkLayout(html, width);

      assertEquals(List.of(), layout.problems(), texts.languageTag());
    }
  }

  @Test
  void theReportPrintsOnA4Pages() throws Exception {
    HeadlessChromium chromium = HeadlessChromium.orSkip(dir);
    Demo.run(dir.resolve("demo"));

    String pdf = new String(chromium.printToPdf(dir.resolve("demo").resolve(Demo.REPORT)), StandardCharsets.ISO_8859_1);

    Matcher boxes = Pattern.compile("/MediaBox\\s*\\[\\s*0 0 ([\\d.]+) ([\\d.]+)\\s*\\]").matcher(pdf);
    int pages = 0;
    while (boxes.find()) {
      pages++;
      double width = Double.parseDouble(boxes.group(1));
      double height = Double.parseDouble(boxes.group(2));
      assertTrue(Math.abs(width - 595.3) < 1.5 && Math.abs(height - 841.9) < 1.5, "an A4 page, not " + width + " x " + height);
    }
    assertTrue(pages >= 4, "the whole report over several pages: " + pages);
  }

  /** The check finds each kind of problem it looks for, so that a clean result means something. */
  @Test
  void theLayoutCheckFindsOverflowingCutAndTinyText() throws Exception {
    HeadlessChromium chromium = HeadlessChromium.orSkip(dir);
    String wide = "<table><tr>" + "<td>breedte</td>".repeat(80) + "</tr></table>";
    String svg = "<svg class=\"chart\" viewBox=\"0 0 400 100\" style=\"width:400px\">"
        + "<text x=\"380\" y=\"50\" font-size=\"14\">voorbij de rand</text>"
        + "<text x=\"10\" y=\"20\" font-size=\"6\">klein</text>"
        + "<text x=\"10\" y=\"80\" font-size=\"14\">afgekapt label…</text>"
        + "<text x=\"200\" y=\"50\" font-size=\"14\">over</text><text x=\"205\" y=\"52\" font-size=\"14\">elkaar</text>"
        + "<defs><clipPath id=\"c\"><rect x=\"0\" y=\"0\" width=\"100\" height=\"100\"/></clipPath></defs>"
        + "<g clip-path=\"url(#c)\"><text x=\"60\" y=\"40\" font-size=\"14\">geknipt</text></g></svg>";
    Path page = Files.writeString(dir.resolve("broken.html"),
        "<!DOCTYPE html><html><head><meta name=\"viewport\" content=\"width=device-width\"></head><body>"
            + "<h2 style=\"white-space:nowrap;overflow:hidden\">" + "een heel lange kop ".repeat(20) + "</h2>"
            + wide + svg + "</body></html>",
        StandardCharsets.UTF_8);

    List<String> problems = chromium.checkLayout(page, 600).problems();

    String all = String.join("\n", problems);
    for (String expected : List.of("page wider than the window", "text wider than its box: h2",
        "chart text outside its chart: text \"voorbij de rand\"", "chart text smaller than 10 px", "chart text cut short",
        "chart texts overlap: text \"over\" and text \"elkaar\"", "chart text cut by its clip path: text \"geknipt\"")) {
      assertTrue(all.contains(expected), expected + " in\n" + all);
    }
  }
}
