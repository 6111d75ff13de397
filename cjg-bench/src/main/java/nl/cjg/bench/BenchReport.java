package nl.cjg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The measured section of {@code docs/benchmarks.md}: the machine, the load on it, the table of
 * {@code name ratio target ok|miss} lines and the scaling of the JSON Lines readers over threads,
 * written between the lines {@value #BEGIN} and {@value #END} of the file.
 */
final class BenchReport {
  static final String BEGIN = "<!-- measured:begin -->";
  static final String END = "<!-- measured:end -->";

  private BenchReport() {}

  /** The machine and the JVM, and the load average now: what a reader of the figures needs to weigh them. */
  static String machine() {
    Runtime runtime = Runtime.getRuntime();
    return String.format(Locale.ROOT, "%d processors (%s), %s %s, %s %s; load average %.2f",
        runtime.availableProcessors(), System.getProperty("os.arch"), System.getProperty("os.name"), System.getProperty("os.version"),
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /**
   * The section.
   *
   * @param how the options of the run
   * @param machineBefore {@link #machine()} when the run started
   * @param table the comparisons
   * @param scores the time per operation of each benchmark, in ms for the JSON Lines benchmarks
   * @param casussen the number of cases in the JSON Lines file, or 0 when those benchmarks did not run
   */
  static String section(String how, String machineBefore, List<Comparison> table, Map<String, Double> scores, int casussen) {
    StringBuilder text = new StringBuilder();
    text.append(BEGIN).append("\n\n");
    text.append("Run of ").append(Instant.now().truncatedTo(ChronoUnit.MINUTES)).append(" (").append(how).append(").\n");
    text.append("At the start: ").append(machineBefore).append(".\n");
    text.append("At the end: ").append(machine()).append(".\n\n```text\n");
    table.forEach(comparison -> text.append(comparison.line()).append('\n'));
    text.append("```\n");
    if (casussen > 0 && scores.containsKey("ParallelLinesBenchmark.statsOneThread")) {
      text.append(String.format(Locale.ROOT,
          "%nScaling over a JSON Lines file of %,d cases, in a heap of at most 64 MB (`-Xmx64m`), cases per second:%n%n", casussen));
      text.append("| work | 1 thread | 2 threads | speed-up |\n|---|---|---|---|\n");
      row(text, "kern × age band (library)", scores, "ParallelLinesBenchmark.statsOneThread", "ParallelLinesBenchmark.statsTwoThreads", casussen);
      row(text, "kern × age band (library, fields read alone)", scores, "ParallelLinesBenchmark.countOneThread",
          "ParallelLinesBenchmark.countTwoThreads", casussen);
      row(text, "read and validate (library)", scores, "ParallelLinesBenchmark.validateOneThread",
          "ParallelLinesBenchmark.validateTwoThreads", casussen);
      row(text, "kern × age band (DuckDB)", scores, "ParallelLinesBenchmark.duckDbOneThread", "ParallelLinesBenchmark.duckDbTwoThreads", casussen);
    }
    text.append('\n').append(END);
    return text.toString();
  }

  private static void row(StringBuilder text, String name, Map<String, Double> scores, String one, String two, int casussen) {
    Double oneMs = scores.get(one);
    Double twoMs = scores.get(two);
    if (oneMs == null || twoMs == null) {
      return;
    }
    text.append(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %.2f |%n", name, casussen / (oneMs / 1000), casussen / (twoMs / 1000), oneMs / twoMs));
  }

  /**
   * Replaces the section between the markers of a Markdown file.
   *
   * @param file the file, which holds both markers, each on a line of its own
   * @param section the new section, markers included
   * @throws IOException when the file cannot be read or written, or lacks the markers
   */
  static void writeInto(Path file, String section) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int begin = text.indexOf("\n" + BEGIN + "\n") + 1;
    int end = text.indexOf("\n" + END + "\n", begin) + 1;
    if (begin == 0 || end == 0) {
      throw new IOException(file + " has no section between " + BEGIN + " and " + END);
    }
    Files.writeString(file, text.substring(0, begin) + section + text.substring(end + END.length()), StandardCharsets.UTF_8);
  }
}
