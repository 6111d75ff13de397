package nl.cjg.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report renders in headless Chromium: not blank, charts present after rendering, a quiet console. */
class ReportRenderingTest {
  @TempDir Path dir;

  @Test
  void rendersInHeadlessChromium() throws Exception {
    HeadlessChromium chromium = HeadlessChromium.orSkip(dir);
    Path html = Files.writeString(dir.resolve("report.html"), HtmlReport.render(HtmlReportTest.sample()), StandardCharsets.UTF_8);

    HeadlessChromium.Rendering rendering = chromium.render(html);

    assertTrue(HeadlessChromium.greyDeviation(rendering.screenshot()) > 10, "the page is not blank");
    assertTrue(HeadlessChromium.colouredPixels(rendering.screenshot()) > 1000, "the bars of the charts are drawn");
    assertEquals(3, rendering.dom().split("<svg ", -1).length - 1, "three charts in the rendered DOM");
    assertTrue(rendering.dom().contains("<rect") && rendering.dom().contains("<text"), "the charts hold shapes and text");
    assertEquals(java.util.List.of(), rendering.console(), "nothing on the console");
  }
}
