package nl.cjg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.cjg.core.casus.Casus;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark with JMH, pairs each with its baseline measured in the same run, and prints
 * one line per comparison: {@code name ratio target ok|miss}, where the ratio is the library's time
 * (or memory) per operation divided by the baseline's, so lower is better and the target is the
 * highest ratio allowed. Throughput and speed-up targets are turned into such time ratios (60% of
 * the baseline's throughput is a time ratio of at most 1/0.6). The JMH results are written as JSON.
 *
 * <p>Usage: {@code java -jar cjg-bench/target/benchmarks.jar [--short] [--result FILE] [--only REGEX]
 * [--casussen N] [--markdown FILE]}. {@code --short} runs one fork with few, short iterations: a quick
 * check, not a measurement. {@code --casussen} sets the number of cases of the JSON Lines benchmarks;
 * {@code --markdown} writes the machine, the table and the scaling figures into the measured section
 * of a Markdown file ({@code docs/benchmarks.md}).
 */
public final class BenchRunner {
  /** The time per case that makes 1,000,000 cases generated and written per minute, in ns. */
  static final double NS_PER_CASUS_AT_ONE_MILLION_PER_MINUTE = 60e9 / 1_000_000;

  private BenchRunner() {}

  /**
   * Runs the benchmarks and prints the table.
   *
   * @param args {@code --short}, {@code --result FILE}, {@code --only REGEX}, {@code --casussen N}, {@code --markdown FILE}
   * @throws RunnerException when JMH fails
   * @throws IOException when the Markdown file cannot be written
   */
  public static void main(String[] args) throws RunnerException, IOException {
    boolean quick = false;
    String result = "jmh-result.json";
    String only = BenchRunner.class.getPackageName() + "\\..*";
    String casussen = null;
    Path markdown = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--short" -> quick = true;
        case "--result" -> result = args[++i];
        case "--only" -> only = args[++i];
        case "--casussen" -> casussen = args[++i];
        case "--markdown" -> markdown = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]
            + "; usage: [--short] [--result FILE] [--only REGEX] [--casussen N] [--markdown FILE]");
      }
    }
    String machine = BenchReport.machine();
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(only)
            .resultFormat(ResultFormatType.JSON)
            .result(result)
            .shouldFailOnError(true);
    if (casussen != null) {
      options.param("casussen", casussen);
    }
    if (quick) {
      options.forks(1).warmupIterations(2).warmupTime(TimeValue.seconds(1)).measurementIterations(3)
          .measurementTime(TimeValue.seconds(1));
    } else {
      options.forks(2).warmupIterations(3).warmupTime(TimeValue.seconds(2)).measurementIterations(5)
          .measurementTime(TimeValue.seconds(2));
    }
    Collection<RunResult> runs = new Runner(options.build()).run();
    Map<String, Double> scores = new HashMap<>();
    int linesInFile = 0;
    for (RunResult run : runs) {
      String benchmark = run.getParams().getBenchmark();
      String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
      scores.put(name, run.getPrimaryResult().getScore());
      if (name.startsWith("ParallelLinesBenchmark.")) {
        linesInFile = Integer.parseInt(run.getParams().getParam("casussen"));
      }
    }
    List<Comparison> table = compare(scores);
    table.add(memory());
    print(table, scores, System.out);
    if (markdown != null) {
      String how = String.join(" ", args);
      BenchReport.writeInto(markdown, BenchReport.section(how.isEmpty() ? "full run" : how, machine, table, scores, linesInFile));
      System.out.println("# written into " + markdown);
    }
  }

  /** The comparisons of the measured benchmarks; those not run are left out. */
  static List<Comparison> compare(Map<String, Double> scores) {
    List<Comparison> table = new ArrayList<>();
    ratio(table, scores, "json-read", "JsonBenchmark.readLibrary", "JsonBenchmark.readBaseline", 1.5);
    ratio(table, scores, "json-write", "JsonBenchmark.writeLibrary", "JsonBenchmark.writeBaseline", 1.3);
    ratio(table, scores, "read-validate", "JsonBenchmark.readValidated", "JsonBenchmark.readLibrary", 2.0);
    ratio(table, scores, "stream-stats", "StreamingStatsBenchmark.statsLibrary", "StreamingStatsBenchmark.tokenizeBaseline", 1.3);
    ratio(table, scores, "stream-count", "StreamingStatsBenchmark.countLibrary", "StreamingStatsBenchmark.tokenizeBaseline", 1.3);
    ratio(table, scores, "dataset-integrity", "IntegrityBenchmark.readWithDatasetRules", "IntegrityBenchmark.readAlone", 1.5);
    ratio(table, scores, "dataset-integrity-2-threads", "IntegrityBenchmark.readWithDatasetRulesTwoThreads",
        "IntegrityBenchmark.readWithDatasetRules", 1 / 1.6);
    ratio(table, scores, "memory-stats", "InMemoryStatsBenchmark.statsLibrary", "InMemoryStatsBenchmark.statsBaseline", 2.0);
    ratio(table, scores, "memory-stats-2-threads", "InMemoryStatsBenchmark.statsLibraryTwoThreads",
        "InMemoryStatsBenchmark.statsLibrary", 1 / 1.6);
    ratio(table, scores, "stream-stats-2-threads", "ParallelLinesBenchmark.statsTwoThreads", "ParallelLinesBenchmark.statsOneThread", 1 / 1.6);
    ratio(table, scores, "stream-validate-2-threads", "ParallelLinesBenchmark.validateTwoThreads",
        "ParallelLinesBenchmark.validateOneThread", 1 / 1.6);
    ratio(table, scores, "duckdb-1-thread", "ParallelLinesBenchmark.countOneThread", "ParallelLinesBenchmark.duckDbOneThread", 1.0);
    ratio(table, scores, "duckdb-2-threads", "ParallelLinesBenchmark.countTwoThreads", "ParallelLinesBenchmark.duckDbTwoThreads", 1.0);
    ratio(table, scores, "token-pass-vs-duckdb", "ParallelLinesBenchmark.tokenizeOneThread", "ParallelLinesBenchmark.duckDbOneThread", 1.0);
    ratio(table, scores, "routing", "RoutingBenchmark.routeLibrary", "RoutingBenchmark.routeBaseline", 2.0);
    Double generateAndWrite = scores.get("GenerationBenchmark.generateAndWriteLibrary");
    if (generateAndWrite != null) {
      table.add(new Comparison("generate-write-rate", generateAndWrite / NS_PER_CASUS_AT_ONE_MILLION_PER_MINUTE, 1.0));
    }
    budget(table, scores, "disclosure-protect", "DisclosureBenchmark.protect", DisclosureBenchmark.PROTECT_BUDGET_MS);
    budget(table, scores, "disclosure-attack", "DisclosureBenchmark.attack", DisclosureBenchmark.ATTACK_BUDGET_MS);
    ratio(table, scores, "generate-vs-instancio", "GenerationBenchmark.generateLibrary",
        "GenerationBenchmark.generateInstancio",
        1 / 5.0);
    ratio(table, scores, "fhir-export", "FhirBenchmark.exportLibrary", "FhirBenchmark.serializeBaseline", 2.0);
    return table;
  }

  private static void ratio(
      List<Comparison> table, Map<String, Double> scores, String name, String library, String baseline, double target) {
    if (scores.containsKey(library) && scores.containsKey(baseline)) {
      table.add(new Comparison(name, scores.get(library) / scores.get(baseline), target));
    }
  }

  /** A time per operation against a fixed budget in the benchmark's unit: the budget is the baseline. */
  private static void budget(List<Comparison> table, Map<String, Double> scores, String name, String library, double budget) {
    if (scores.containsKey(library)) {
      table.add(new Comparison(name, scores.get(library) / budget, 1.0));
    }
  }

  private static Comparison memory() {
    List<Casus> casussen = Fixtures.sampleCasussen(1000);
    double[] bytes = MemoryFootprint.bytesPerCasus(casussen);
    System.out.printf(Locale.ROOT, "# memory per casus: library %.0f bytes, record %.0f bytes%n", bytes[0], bytes[1]);
    return new Comparison("memory", bytes[0] / bytes[1], 1.2);
  }

  private static void print(List<Comparison> table, Map<String, Double> scores, PrintStream out) {
    out.println();
    out.println("# scores (time per operation, in each benchmark's unit)");
    scores.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> out.printf(Locale.ROOT, "# %s %.3f%n", e.getKey(), e.getValue()));
    Double generateAndWrite = scores.get("GenerationBenchmark.generateAndWriteLibrary");
    if (generateAndWrite != null) {
      out.printf(Locale.ROOT, "# generated and written: %.0f casussen per second on one thread%n", 1e9 / generateAndWrite);
    }
    out.println("# name ratio target ok|miss (library / baseline, lower is better)");
    table.forEach(comparison -> out.println(comparison.line()));
  }
}
