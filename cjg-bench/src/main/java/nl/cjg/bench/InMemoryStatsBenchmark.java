package nl.cjg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.stats.CrossTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Statistics over cases in memory: the cases by kern and age band with the library's collector,
 * on one thread and on a pool of two, against a hand-written loop counting into an {@code int[]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(jvmArgsAppend = "-Xmx3g")
public class InMemoryStatsBenchmark {
  /** The number of cases in memory. */
  @Param("1000000")
  public int casussen;

  private List<Casus> cases;
  private ForkJoinPool twoThreads;

  /** Builds the cases once per fork, and the pool of two threads. */
  @Setup(Level.Trial)
  public void setUp() {
    cases = new ArrayList<>(casussen);
    for (int i = 0; i < casussen; i++) {
      cases.add(Fixtures.populatieCasus(i));
    }
    twoThreads = new ForkJoinPool(2);
  }

  /** Stops the pool. */
  @TearDown(Level.Trial)
  public void tearDown() {
    twoThreads.shutdown();
  }

  /** The library on one thread. */
  @Benchmark
  public CrossTable<Kern, Leeftijdsgroep> statsLibrary() {
    return cases.stream().collect(KernLeeftijd.collector());
  }

  /**
   * The library on a parallel stream in a pool of two threads.
   *
   * @return the table
   * @throws InterruptedException when interrupted
   * @throws ExecutionException when the collection fails
   */
  @Benchmark
  public CrossTable<Kern, Leeftijdsgroep> statsLibraryTwoThreads() throws InterruptedException, ExecutionException {
    return twoThreads.submit(() -> cases.parallelStream().collect(KernLeeftijd.collector())).get();
  }

  /** The baseline: a loop counting into an {@code int[]}. */
  @Benchmark
  public int[] statsBaseline() {
    return KernLeeftijd.tel(cases);
  }
}
