package nl.cjg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import nl.cjg.examples.demo.Demo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cjg demo}: a short summary, the report and the sample, the same every time, no personal data in the report. */
class DemoCommandTest {
  @TempDir Path dir;

  @Test
  void writesTheReportAndPrintsAShortSummary() throws Exception {
    Run run = Run.of("demo", "--out", dir.resolve("a").toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.summary().startsWith("cjg demo: gelezen: Bergense referentiedataset ("), run.err());
    assertTrue(run.summary().contains(dir.resolve("a").resolve(Demo.REPORT).toString()), run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.size() >= 8 && lines.size() <= 14, "about a dozen lines: " + lines.size());
    assertTrue(lines.get(0).startsWith("CJG-demo: "));
    assertTrue(run.out().contains("  validatie             geen overtredingen"), run.out());
    assertTrue(run.out().contains("1.000 casussen"), run.out());
    assertTrue(run.out().contains("kinderopvang.csv: totaal / Bergen: vermeld 418, berekend 412"), run.out());
    assertEquals("  rapport               " + dir.resolve("a").resolve(Demo.REPORT), lines.get(lines.size() - 1));

    Run english = Run.english("demo", "--out", dir.resolve("en").toString());
    assertEquals(ExitCodes.OK, english.exitCode(), english.err());
    List<String> englishLines = english.out().lines().toList();
    assertTrue(englishLines.get(0).startsWith("CJG demo: "), englishLines.get(0));
    assertTrue(english.out().contains("  validation         no violations"), english.out());
    assertTrue(english.out().contains("1,000 casussen"), english.out());
    assertTrue(english.out().contains("case meeting "), "levels in English: " + english.out());
    assertTrue(english.out().contains("kinderopvang.csv: totaal / Bergen: stated 418, computed 412"), english.out());
    assertTrue(english.summary().startsWith("cjg demo: read: Bergen reference dataset ("), english.err());

    String report = Files.readString(dir.resolve("a").resolve(Demo.REPORT), StandardCharsets.UTF_8);
    for (String section : List.of("populatie", "bereik", "verzoeken", "routering", "werkplan", "validatie", "audit")) {
      assertTrue(report.contains("<section id=\"" + section + "\">"), section);
    }
    assertFalse(Pattern.compile("(?<![\\d.])\\d{9}(?![\\d.])").matcher(report).find(), "no BSN-like number in the report");
    assertFalse(Pattern.compile("(src|href)=\"(https?:|//)").matcher(report).find(), "nothing to load from a network");
    assertFalse(report.contains("<script"), "no scripts");
  }

  @Test
  void theSameVersionWritesTheSameFiles() throws Exception {
    assertEquals(ExitCodes.OK, Run.of("demo", "--out", dir.resolve("a").toString()).exitCode());
    assertEquals(ExitCodes.OK, Run.of("demo", "--out", dir.resolve("b").toString()).exitCode());
    for (String file : List.of(Demo.REPORT, Demo.STEEKPROEF)) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(file)), Files.readAllBytes(dir.resolve("b").resolve(file)), file);
    }
  }

  @Test
  void anOutputDirectoryThatCannotBeMadeIsOneLineAndExitTwo() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    Run run = Run.of("demo", "--out", file.resolve("sub").toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode());
    assertTrue(run.errIsOneCleanLine(), run.err());
  }
}
