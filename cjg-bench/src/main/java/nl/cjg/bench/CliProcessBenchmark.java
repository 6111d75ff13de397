package nl.cjg.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command line at the library's speed: times {@code cjg stats}, {@code cjg validate} and
 * {@code cjg route} over a generated dataset as whole processes, the JVM's start included, against
 * a bare Jackson token pass over the same file, also a whole process ({@link TokenPass}). Each
 * round runs the four processes one after the other, so that they share the machine's load; the
 * ratio of a command is the median of its times divided by the median of the token pass's, and
 * its target is at most {@value #TARGET}. Standard output of every process is discarded (written
 * to the null device), so writing the output is measured but no disk is. The processor time of
 * each process (all its threads, from Linux's accounting of finished children) is printed beside
 * its wall time: on a machine shared with other work it is the steadier of the two.
 *
 * <p>Usage: {@code java -cp cjg-bench/target/benchmarks.jar nl.cjg.bench.CliProcessBenchmark
 * [--cli cjg-examples/target/cjg.jar] [--cases 1000000] [--rounds 3] [--dir cjg-bench/target]}.
 * The dataset ({@code cjg generate --seed 2012}) is made once and kept in {@code --dir}.
 */
public final class CliProcessBenchmark {
  /** The highest ratio of a command's time to the token pass's that meets the target. */
  static final double TARGET = 4.0;

  private static final List<String> COMMANDS = List.of("stats", "validate", "route");

  private CliProcessBenchmark() {}

  /**
   * Runs the rounds and prints the table.
   *
   * @param args {@code --cli JAR}, {@code --cases N}, {@code --rounds N}, {@code --dir DIR}
   * @throws IOException when a process cannot be started or the dataset cannot be made
   * @throws InterruptedException when interrupted while waiting for a process
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path cli = Path.of("cjg-examples/target/cjg.jar");
    int cases = 1_000_000;
    int rounds = 3;
    Path dir = Path.of("cjg-bench/target");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--cli" -> cli = Path.of(args[++i]);
        case "--cases" -> cases = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--dir" -> dir = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]
            + "; usage: [--cli JAR] [--cases N] [--rounds N] [--dir DIR]");
      }
    }
    if (!Files.isRegularFile(cli)) {
      throw new IllegalArgumentException(cli + ": no such file; build it with"
          + " 'mvn -B -q package -pl cjg-examples,cjg-bench -am -DskipTests'");
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    String classpath = System.getProperty("java.class.path");
    Files.createDirectories(dir);
    Path dataset = dir.resolve("cli-bench-" + cases + ".jsonl");
    if (!Files.isRegularFile(dataset)) {
      Path partial = dir.resolve("cli-bench-" + cases + ".partial");
      run(List.of(java, "-jar", cli.toString(), "generate", "--seed", "2012", "--casussen", String.valueOf(cases),
          "--out", partial.toString()), dir, "generate");
      Files.move(partial, dataset);
    }
    Map<String, List<String>> processes = new LinkedHashMap<>();
    processes.put("token-pass", List.of(java, "-cp", classpath, TokenPass.class.getName(), dataset.toString()));
    for (String command : COMMANDS) {
      processes.put(command, List.of(java, "-jar", cli.toString(), command, dataset.toString()));
    }
    Map<String, double[]> seconds = new LinkedHashMap<>();
    Map<String, double[]> cpu = new LinkedHashMap<>();
    for (String name : processes.keySet()) {
      seconds.put(name, new double[rounds]);
      cpu.put(name, new double[rounds]);
    }
    PrintStream out = System.out;
    out.printf(Locale.ROOT, "# %s: %,d cases, %,d bytes; %d rounds; %d processors%n", dataset, cases,
        Files.size(dataset), rounds, Runtime.getRuntime().availableProcessors());
    for (int round = 1; round <= rounds; round++) {
      for (Map.Entry<String, List<String>> process : processes.entrySet()) {
        double cpuBefore = childrenCpuSeconds();
        double time = run(process.getValue(), dir, process.getKey());
        double cpuTime = childrenCpuSeconds() - cpuBefore;
        seconds.get(process.getKey())[round - 1] = time;
        cpu.get(process.getKey())[round - 1] = cpuTime;
        out.printf(Locale.ROOT, "# round %d %s %.2f s wall, %.2f s cpu%n", round, process.getKey(), time, cpuTime);
      }
    }
    double baseline = median(seconds.get("token-pass"));
    double baselineCpu = median(cpu.get("token-pass"));
    out.printf(Locale.ROOT, "# median token-pass %.2f s wall (%,.0f cases per second), %.2f s cpu%n", baseline,
        cases / baseline, baselineCpu);
    List<Comparison> table = new ArrayList<>();
    for (String command : COMMANDS) {
      double time = median(seconds.get(command));
      double cpuTime = median(cpu.get(command));
      out.printf(Locale.ROOT, "# median %s %.2f s wall (%,.0f cases per second), %.2f s cpu (%.2f x the token pass's)%n",
          command, time, cases / time, cpuTime, baselineCpu > 0 ? cpuTime / baselineCpu : Double.NaN);
      table.add(new Comparison("cli-" + command, time / baseline, TARGET));
    }
    out.println("# name ratio target ok|miss (command's process / token pass's process, lower is better)");
    table.forEach(comparison -> out.println(comparison.line()));
  }

  /**
   * Runs one process to its end, standard output discarded, and gives its wall time in seconds.
   *
   * @throws IllegalStateException when it ends with a non-zero exit code, with its standard error
   */
  private static double run(List<String> command, Path dir, String name) throws IOException, InterruptedException {
    File errors = dir.resolve("cli-bench-" + name + ".err").toFile();
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(errors);
    long start = System.nanoTime();
    Process process = builder.start();
    int exit = process.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (exit != 0) {
      throw new IllegalStateException(name + " ended with exit code " + exit + ": "
          + Files.readString(errors.toPath(), StandardCharsets.UTF_8).strip());
    }
    return seconds;
  }

  /**
   * The processor time, user and system, of the finished children of this process (Linux
   * {@code /proc/self/stat}, in clock ticks of 1/100 s); 0 where it cannot be read.
   */
  private static double childrenCpuSeconds() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // after the command name: state is field 3; cutime and cstime are fields 16 and 17
      return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / 100.0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
