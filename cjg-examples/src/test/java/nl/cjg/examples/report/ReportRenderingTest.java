package nl.cjg.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.cjg.examples.demo.Demo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's report renders in headless Chromium: not blank, its charts present after rendering, a quiet console. */
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
    }
    assertTrue(rendering.dom().contains("<rect") && rendering.dom().contains("<text"), "the charts hold shapes and text");
    assertEquals(List.of(), rendering.console(), "nothing on the console");
  }
}
