package nl.cjg.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import nl.cjg.core.stats.DisclosureControl;
import nl.cjg.examples.demo.DatasetReport;
import nl.cjg.examples.demo.Demo;
import nl.cjg.json.CjgJsonReader;
import nl.cjg.json.DatasetRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes the screenshots of the documentation: the report of the demo's generated dataset (as
 * {@code cjg report} writes it) at 1280 and 600 px wide, as {@code report-1280.png} and
 * {@code report-600.png} in the directory named by the system property {@code cjg.screenshots}.
 * Runs only when that property is set (the Maven profile {@code screenshots} sets it to
 * {@code docs/images}); a screenshot is written only of a page whose layout check is clean.
 */
@EnabledIfSystemProperty(named = "cjg.screenshots", matches = ".+")
class ReportScreenshotsTest {
  @TempDir Path dir;

  @Test
  void screenshotsOfADatasetsReportAtBothWidths() throws Exception {
    HeadlessChromium chromium = HeadlessChromium.orSkip(dir);
    Path target = Files.createDirectories(Path.of(System.getProperty("cjg.screenshots")));
    Demo.run(dir.resolve("demo"));
    DatasetReport counts;
    try (InputStream in = Files.newInputStream(dir.resolve("demo").resolve(Demo.STEEKPROEF));
        DatasetRecords records = CjgJsonReader.create().readDataset(in)) {
      counts = DatasetReport.read(records);
    }
    Texts texts = Texts.of(Texts.DUTCH);
    Path html = Files.writeString(dir.resolve("report.html"),
        HtmlReport.render(counts.report(DisclosureControl.standard(), texts), texts), StandardCharsets.UTF_8);
    for (int width : new int[] {1280, 600}) {
      assertEquals(List.of(), chromium.checkLayout(html, width).problems());
      Path png = target.resolve("report-" + width + ".png");
      chromium.screenshot(html, width, png);
      BufferedImage image = ImageIO.read(png.toFile());
      assertEquals(width, image.getWidth(), png.toString());
    }
  }
}
