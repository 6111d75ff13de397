package nl.cjg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The measured section replaces what stood between the markers, and only that. */
class BenchReportTest {
  @Test
  void theSectionReplacesTheOldOneBetweenTheMarkers(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("benchmarks.md");
    Files.writeString(file, "before\n" + BenchReport.BEGIN + "\nold figures\n" + BenchReport.END + "\nafter\n", StandardCharsets.UTF_8);
    Map<String, Double> scores =
        Map.of("ParallelLinesBenchmark.statsOneThread", 2000.0, "ParallelLinesBenchmark.statsTwoThreads", 1000.0);
    String section = BenchReport.section("--short", "2 processors", List.of(new Comparison("stream-stats-2-threads", 0.5, 0.625)), scores, 1_000_000);
    BenchReport.writeInto(file, section);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("before\n" + BenchReport.BEGIN));
    assertTrue(text.endsWith(BenchReport.END + "\nafter\n"));
    assertTrue(text.contains("\nstream-stats-2-threads 0.50 0.625 ok\n"));
    assertTrue(text.contains("| kern × age band (library) | 500,000 | 1,000,000 | 2.00 |"));
    assertEquals(-1, text.indexOf("old figures"));
  }

  @Test
  void aFileWithoutMarkersIsRefused(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("other.md");
    Files.writeString(file, "no markers\n", StandardCharsets.UTF_8);
    assertThrows(IOException.class, () -> BenchReport.writeInto(file, "x"));
  }
}
