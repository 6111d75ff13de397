package nl.cjg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cjg report}: the report of one's own dataset, written where asked, with the exit codes of the other commands. */
class ReportCommandTest {
  private static final byte[] BERGEN = Datasets.bytes(Datasets.bergenLines());

  @TempDir Path dir;

  @Test
  void writesOneSelfContainedReportAndPrintsWhere() throws Exception {
    Path out = dir.resolve("rapport");
    Run run = Run.withInput(BERGEN, "report", "-", "--out", out.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertEquals(out.resolve(ReportCommand.REPORT).toString(), run.out().strip());
    String html = Files.readString(out.resolve(ReportCommand.REPORT), StandardCharsets.UTF_8);
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"nl\">"), "one Dutch HTML page");
    assertTrue(html.contains("<h2>Casussen per kern en leeftijdsgroep</h2>"), "the published tables");
    assertTrue(html.contains("<h2>Casusoverleggen</h2>"), "the meetings' key figures");
    assertTrue(html.contains("<section id=\"afspraken\">") && html.contains("<section id=\"validatie\">"));
    assertTrue(html.contains("<td class=\"number\">x</td>"), "small counts are suppressed by default");
    assertFalse(Pattern.compile("(src|href)=\"(https?:|//)").matcher(html).find(), "nothing to load from a network");
    assertFalse(html.contains("<script"), "no scripts");
  }

  @Test
  void aLowerThresholdSuppressesFewerCells() throws Exception {
    assertEquals(ExitCodes.OK, Run.withInput(BERGEN, "report", "-", "--out", dir.resolve("a").toString()).exitCode());
    assertEquals(ExitCodes.OK,
        Run.withInput(BERGEN, "report", "-", "--out", dir.resolve("b").toString(), "--suppress", "1").exitCode());
    long standard = suppressed(dir.resolve("a"));
    long one = suppressed(dir.resolve("b"));
    assertTrue(standard > 0 && one < standard, "suppressed cells: standard " + standard + ", threshold 1 " + one);
  }

  private static long suppressed(Path dir) throws Exception {
    String html = Files.readString(dir.resolve(ReportCommand.REPORT), StandardCharsets.UTF_8);
    return Pattern.compile("<td class=\"number\">x</td>").matcher(html).results().count();
  }

  @Test
  void aDuplicateCaseIsCountedOnceAndSaidSo() throws Exception {
    List<String> lines = new ArrayList<>(Datasets.bergenLines());
    lines.add(Datasets.firstOfType("casus"));
    Run twice = Run.withInput(Datasets.bytes(lines), "report", "-", "--out", dir.resolve("twice").toString());
    Run once = Run.withInput(BERGEN, "report", "-", "--suppress", "1", "--out", dir.resolve("once").toString());
    Run twiceUnsuppressed =
        Run.withInput(Datasets.bytes(lines), "report", "-", "--suppress", "1", "--out", dir.resolve("twice1").toString());
    assertEquals(ExitCodes.OK, twice.exitCode(), twice.err());
    assertTrue(twice.errIsOneCleanLine() && twice.err().contains("1 dubbel record"), twice.err());
    assertEquals(ExitCodes.OK, once.exitCode(), once.err());
    assertEquals(ExitCodes.OK, twiceUnsuppressed.exitCode(), twiceUnsuppressed.err());
    String title = "<h2>Casussen per status en toestemming</h2>";
    assertEquals(section(dir.resolve("once"), title), section(dir.resolve("twice1"), title), "the duplicate is not counted");
    String html = Files.readString(dir.resolve("twice").resolve(ReportCommand.REPORT), StandardCharsets.UTF_8);
    assertTrue(html.contains("DATASET-003"), "the validation summary counts the dataset rule");
  }

  private static String section(Path dir, String title) throws Exception {
    String html = Files.readString(dir.resolve(ReportCommand.REPORT), StandardCharsets.UTF_8);
    int start = html.indexOf(title);
    assertTrue(start >= 0, title);
    return html.substring(start, html.indexOf("</table>", start));
  }

  @Test
  void recordsWithProblemsAreLeftOutCountedPerRuleAndSaidSo() throws Exception {
    List<String> lines = new ArrayList<>(Datasets.bergenLines());
    lines.add("{\"type\":\"casus\",\"kenmerk\":\"\"}");
    Run run = Run.withInput(Datasets.bytes(lines), "report", "-", "--out", dir.toString());
    assertEquals(ExitCodes.DATA_PROBLEMS, run.exitCode());
    assertTrue(run.errIsOneCleanLine(), run.err());
    String html = Files.readString(dir.resolve(ReportCommand.REPORT), StandardCharsets.UTF_8);
    assertTrue(html.contains("1 records met een probleem tellen niet mee"), "the report says so too");
    assertTrue(html.contains("<th scope=\"col\">Regel</th><th scope=\"col\">Overtredingen</th>"), "problems per rule");
  }

  @Test
  void badInputAndUsage() throws Exception {
    Run notADataset = Run.withInput("{\"kenmerk\":\"x\"}\n".getBytes(StandardCharsets.UTF_8), "report", "-", "--out", dir.toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, notADataset.exitCode());
    assertTrue(notADataset.errIsOneCleanLine(), notADataset.err());
    Run zero = Run.withInput(BERGEN, "report", "-", "--suppress", "0", "--out", dir.toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, zero.exitCode());
    assertTrue(zero.errIsOneCleanLine(), zero.err());
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    Run unwritable = Run.withInput(BERGEN, "report", "-", "--out", file.resolve("sub").toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, unwritable.exitCode());
    assertTrue(unwritable.errIsOneCleanLine(), unwritable.err());
    assertEquals(ExitCodes.USAGE_OR_INPUT, Run.of("report", dir.resolve("missing.jsonl").toString()).exitCode());
  }
}
