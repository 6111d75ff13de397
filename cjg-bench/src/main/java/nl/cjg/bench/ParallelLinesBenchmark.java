package nl.cjg.bench;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.stats.CrossTable;
import nl.cjg.json.CasusCounter;
import nl.cjg.json.CjgJsonReader;
import nl.cjg.json.RecordResult;
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
 * A JSON Lines file of cases read on one thread and on two, in a heap of 64 MB: the kern × age-band
 * table (business validation off) and the validation of every case (all business rules, the
 * problems counted), each through {@code CjgJsonReader.collectLines}; the table by
 * {@code CasusCounter}, which reads only the fields the table needs, as DuckDB's query does; the same
 * table computed by DuckDB from the same file on one thread and on two, the peer a user would
 * otherwise pick; and a bare Jackson token pass over the file, the floor of any path built on
 * Jackson's tokeniser.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(jvmArgsAppend = "-Xmx64m")
public class ParallelLinesBenchmark {
  /** The number of cases in the file. */
  @Param("1000000")
  public int casussen;

  private final CjgJsonReader statsReader = CjgJsonReader.builder().validate(false).build();
  private final CjgJsonReader validatingReader = CjgJsonReader.create();
  private final CasusCounter<Kern, Leeftijdsgroep> counter = KernLeeftijd.counter(statsReader);
  private final JsonFactory factory = new JsonFactory();
  private final Collector<RecordResult<Casus>, ?, CrossTable<Kern, Leeftijdsgroep>> table =
      Collectors.mapping(record -> record.value().orElseThrow(), KernLeeftijd.collector());
  private final Collector<RecordResult<Casus>, ?, Long> problems = Collectors.summingLong(record -> record.problems().size());
  private Path file;
  private DuckDbTable duckDbOneThread;
  private DuckDbTable duckDbTwoThreads;

  /**
   * Writes the file once per fork and opens the two databases.
   *
   * @throws IOException when the file cannot be written
   * @throws SQLException when DuckDB cannot start
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException, SQLException {
    file = Fixtures.populatieLines(casussen);
    duckDbOneThread = new DuckDbTable(1);
    duckDbTwoThreads = new DuckDbTable(2);
  }

  /**
   * Closes the databases and removes the file.
   *
   * @throws IOException when the file cannot be removed
   * @throws SQLException when a database cannot be closed
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException, SQLException {
    duckDbOneThread.close();
    duckDbTwoThreads.close();
    Files.deleteIfExists(file);
  }

  /**
   * The table on one thread.
   *
   * @return the table
   * @throws IOException when the file cannot be opened
   */
  @Benchmark
  public CrossTable<Kern, Leeftijdsgroep> statsOneThread() throws IOException {
    return collect(statsReader, table, 1);
  }

  /**
   * The table on two threads.
   *
   * @return the table
   * @throws IOException when the file cannot be opened
   */
  @Benchmark
  public CrossTable<Kern, Leeftijdsgroep> statsTwoThreads() throws IOException {
    return collect(statsReader, table, 2);
  }

  /**
   * The table by the projection, on one thread.
   *
   * @return the table
   * @throws IOException when the file cannot be opened
   */
  @Benchmark
  public CrossTable<Kern, Leeftijdsgroep> countOneThread() throws IOException {
    return count(1);
  }

  /**
   * The table by the projection, on two threads.
   *
   * @return the table
   * @throws IOException when the file cannot be opened
   */
  @Benchmark
  public CrossTable<Kern, Leeftijdsgroep> countTwoThreads() throws IOException {
    return count(2);
  }

  /**
   * Every token of the file through one Jackson parser, nothing built.
   *
   * @return the number of tokens
   * @throws IOException when the file cannot be read
   */
  @Benchmark
  public long tokenizeOneThread() throws IOException {
    return StreamingStatsBenchmark.tokenize(factory, file);
  }

  /**
   * Every case read and validated on one thread.
   *
   * @return the number of problems
   * @throws IOException when the file cannot be opened
   */
  @Benchmark
  public long validateOneThread() throws IOException {
    return collect(validatingReader, problems, 1);
  }

  /**
   * Every case read and validated on two threads.
   *
   * @return the number of problems
   * @throws IOException when the file cannot be opened
   */
  @Benchmark
  public long validateTwoThreads() throws IOException {
    return collect(validatingReader, problems, 2);
  }

  /**
   * The peer's table on one thread.
   *
   * @return the counts
   * @throws SQLException when DuckDB fails
   */
  @Benchmark
  public long[] duckDbOneThread() throws SQLException {
    return duckDbOneThread.count(file);
  }

  /**
   * The peer's table on two threads.
   *
   * @return the counts
   * @throws SQLException when DuckDB fails
   */
  @Benchmark
  public long[] duckDbTwoThreads() throws SQLException {
    return duckDbTwoThreads.count(file);
  }

  private CrossTable<Kern, Leeftijdsgroep> count(int threads) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return KernLeeftijd.table(counter.count(in, threads));
    }
  }

  private <R> R collect(CjgJsonReader reader, Collector<RecordResult<Casus>, ?, R> collector, int threads) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return reader.collectLines(in, Casus.class, collector, threads);
    }
  }
}
