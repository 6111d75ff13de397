package nl.cjg.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nl.cjg.json.CjgJsonReader;

/**
 * Where the processor time of {@code dataset-integrity-2-threads} goes: reads the connected
 * dataset file of {@link IntegrityBenchmark} in one JVM, alternating one thread and two, each with
 * and without the dataset rules, and prints per pass the wall time, the processor time of the whole
 * process and how it splits between the calling thread, the collector's threads, the JIT
 * compiler's threads and the rest (the worker threads), with the number of collections; then the
 * median of each over the passes after the first, which warms up. The JVM's own threads are told
 * apart by their names in {@code /proc/self/task} (Linux, counted in clock ticks of 10 ms); where
 * that is missing, their time is part of the rest.
 *
 * <p>Usage, in the heap of the benchmark: {@code java -Xmx256m -cp cjg-bench/target/benchmarks.jar
 * nl.cjg.bench.IntegrityThreadsProfile [--cases 200000] [--passes 6]}.
 */
public final class IntegrityThreadsProfile {
  private static final Path TASKS = Path.of("/proc/self/task");
  private static final long MILLIS_PER_TICK = 10;
  private static final String USAGE = "usage: [--cases N] [--passes N], at least 1 case and 2 passes (the first warms up)";

  /** One pass of one reader, in milliseconds. */
  private record Pass(long wall, long process, long caller, long collector, long compiler, long collections) {
    long rest() {
      return process - caller - collector - compiler;
    }

    long[] columns() {
      return new long[] {wall, process, caller, collector, compiler, rest(), collections};
    }
  }

  private IntegrityThreadsProfile() {}

  /**
   * Runs the passes and prints them.
   *
   * @param args {@code --cases N}, {@code --passes N}
   * @throws IOException when the file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    int cases = 200_000;
    int passes = 6;
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--cases" -> cases = number(args, i, 1);
        case "--passes" -> passes = number(args, i, 2);
        default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; " + USAGE);
      }
    }
    Map<String, CjgJsonReader> readers = new LinkedHashMap<>();
    readers.put("1 thread", CjgJsonReader.create());
    readers.put("2 threads", CjgJsonReader.builder().threads(2).build());
    readers.put("1 thread, no dataset rules", CjgJsonReader.builder().datasetRules(false).build());
    readers.put("2 threads, no dataset rules", CjgJsonReader.builder().threads(2).datasetRules(false).build());
    Map<String, List<Pass>> measured = new LinkedHashMap<>();
    Path file = Files.createTempFile("cjg-bench-integrity-", ".jsonl");
    try {
      IntegrityBenchmark.write(file, cases);
      System.out.println("pass reader: wall, process, calling thread, collector, compiler, rest (workers) in ms; collections");
      for (int pass = 0; pass < passes; pass++) {
        for (Map.Entry<String, CjgJsonReader> reader : readers.entrySet()) {
          Pass measuredPass = measure(reader.getValue(), file);
          System.out.println(pass + " " + reader.getKey() + ": " + format(measuredPass.columns()));
          if (pass > 0) {
            measured.computeIfAbsent(reader.getKey(), key -> new ArrayList<>()).add(measuredPass);
          }
        }
      }
    } finally {
      Files.deleteIfExists(file);
    }
    System.out.println("median of the passes after the first:");
    measured.forEach((name, list) -> System.out.println(name + ": " + format(medians(list))));
  }

  /** The whole number after option {@code args[i]}, at least {@code minimum}. */
  private static int number(String[] args, int i, int minimum) {
    try {
      int value = Integer.parseInt(args[i + 1]);
      if (value >= minimum) {
        return value;
      }
    } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(args[i] + " needs a whole number of at least " + minimum + "; " + USAGE);
  }

  private static Pass measure(CjgJsonReader reader, Path file) throws IOException {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    Map<String, Long> before = jvmThreadTicks();
    long collections = -collections();
    long process = -os.getProcessCpuTime();
    long caller = -threads.getCurrentThreadCpuTime();
    long wall = -System.nanoTime();
    IntegrityBenchmark.read(reader, file);
    wall += System.nanoTime();
    caller += threads.getCurrentThreadCpuTime();
    process += os.getProcessCpuTime();
    collections += collections();
    Map<String, Long> after = jvmThreadTicks();
    long collector = 0;
    long compiler = 0;
    for (Map.Entry<String, Long> thread : after.entrySet()) {
      long ticks = thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
      String name = thread.getKey().substring(thread.getKey().indexOf(' ') + 1);
      if (name.startsWith("G1") || name.startsWith("GC Thread")) {
        collector += ticks * MILLIS_PER_TICK;
      } else if (name.startsWith("C1 ") || name.startsWith("C2 ")) {
        compiler += ticks * MILLIS_PER_TICK;
      }
    }
    return new Pass(wall / 1_000_000, process / 1_000_000, caller / 1_000_000, collector, compiler, collections);
  }

  private static long collections() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
  }

  /** The clock ticks (user and system) of each living thread of this process, by id and name; empty off Linux. */
  private static Map<String, Long> jvmThreadTicks() throws IOException {
    Map<String, Long> ticks = new HashMap<>();
    if (!Files.isDirectory(TASKS)) {
      return ticks;
    }
    try (Stream<Path> tasks = Files.list(TASKS)) {
      for (Path task : (Iterable<Path>) tasks::iterator) {
        String stat;
        try {
          stat = Files.readString(task.resolve("stat"));
        } catch (IOException ended) {
          continue; // the thread ended while the list was read
        }
        int nameEnd = stat.lastIndexOf(')');
        String name = stat.substring(stat.indexOf('(') + 1, nameEnd);
        String[] fields = stat.substring(nameEnd + 2).split(" ");
        // After the name: state is field 0, utime field 11, stime field 12 (proc(5), fields 14 and 15).
        ticks.put(task.getFileName() + " " + name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
      }
    }
    return ticks;
  }

  private static long[] medians(List<Pass> passes) {
    int columns = passes.get(0).columns().length;
    long[] medians = new long[columns];
    for (int c = 0; c < columns; c++) {
      int column = c;
      long[] values = passes.stream().mapToLong(pass -> pass.columns()[column]).sorted().toArray();
      medians[c] = values[values.length / 2];
    }
    return medians;
  }

  private static String format(long[] columns) {
    return String.format(Locale.ROOT, "%,d, %,d, %,d, %,d, %,d, %,d; %d",
        Arrays.stream(columns).boxed().toArray());
  }
}
