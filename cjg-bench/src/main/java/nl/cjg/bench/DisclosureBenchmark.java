package nl.cjg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nl.cjg.core.stats.CrossTable;
import nl.cjg.core.stats.audit.TableAttack;
import nl.cjg.core.stats.table.PublishedTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Disclosure control of a 10 × 10 table with its margins, one in five cells a small count: the
 * protection ({@code publish}, withholding cells until the attack cannot narrow any small count)
 * and the attack on the published table. Both are measured against a time budget, as the
 * generation rate is: 100 ms to protect, 50 ms to attack.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DisclosureBenchmark {
  /** The budget for protecting the table, in ms. */
  static final double PROTECT_BUDGET_MS = 100;

  /** The budget for attacking the published table, in ms. */
  static final double ATTACK_BUDGET_MS = 50;

  private CrossTable<String, String> table;
  private PublishedTable published;

  /** Builds the table (seeded) and publishes it once for the attack. */
  @Setup(Level.Trial)
  public void setUp() {
    table = table(2012);
    published = protect();
  }

  /**
   * A 10 × 10 table: one cell in five a count from 1 to 4, the others from 0 to 59.
   *
   * @param seed the random seed
   * @return the table
   */
  static CrossTable<String, String> table(long seed) {
    Random random = new Random(seed);
    List<String> categories = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      categories.add("k" + i);
    }
    long[][] counts = new long[10][10];
    for (long[] row : counts) {
      for (int c = 0; c < row.length; c++) {
        row[c] = random.nextInt(5) == 0 ? 1 + random.nextInt(4) : random.nextInt(60);
      }
    }
    return CrossTable.of(categories, categories, counts);
  }

  /** The table protected by the standard disclosure control, with its margins. */
  @Benchmark
  public PublishedTable protect() {
    return table.publish("Kern", k -> k, k -> k);
  }

  /** The attacker's bounds of every withheld cell of the published table. */
  @Benchmark
  public List<TableAttack.Bound> attack() {
    return TableAttack.on(published).bounds();
  }
}
