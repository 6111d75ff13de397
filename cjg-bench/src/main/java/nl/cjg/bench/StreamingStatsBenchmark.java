package nl.cjg.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.stats.CrossTable;
import nl.cjg.json.CasusCounter;
import nl.cjg.json.CjgJsonReader;
import nl.cjg.json.RecordResult;
import nl.cjg.json.Records;
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
 * Statistics over a JSON Lines file of cases, read record by record in a heap of 64 MB: the cases
 * by kern and age band through cjg-json's {@code readLines} and the library's collector, and by
 * {@code CasusCounter}, which reads only the fields the table needs, against merely tokenising the
 * same file with Jackson's streaming parser.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(jvmArgsAppend = "-Xmx64m")
public class StreamingStatsBenchmark {
  /** The number of cases in the file. */
  @Param("1000000")
  public int casussen;

  private final CjgJsonReader reader = CjgJsonReader.builder().validate(false).build();
  private final CasusCounter<Kern, Leeftijdsgroep> counter = KernLeeftijd.counter(reader);
  private final JsonFactory factory = new JsonFactory();
  private Path file;

  /**
   * Writes the file once per fork, case by case, with the library's JSON Lines writer.
   *
   * @throws IOException when the file cannot be written
   */
  @Setup(Level.Trial)
  public void writeFile() throws IOException {
    file = Fixtures.populatieLines(casussen);
  }

  /**
   * Removes the file.
   *
   * @throws IOException when it cannot be removed
   */
  @TearDown(Level.Trial)
  public void removeFile() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * The library: every line read into a case, counted by kern and age band.
   *
   * @return the table
   * @throws IOException when the file cannot be read
   */
  @Benchmark
  public CrossTable<Kern, Leeftijdsgroep> statsLibrary() throws IOException {
    try (InputStream in = Files.newInputStream(file);
        Records<Casus> records = reader.readLines(in, Casus.class)) {
      return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED), false)
          .map(StreamingStatsBenchmark::value)
          .collect(KernLeeftijd.collector());
    }
  }

  /**
   * The library's projection: only the fields the table needs read and checked, no case built.
   *
   * @return the table
   * @throws IOException when the file cannot be read
   */
  @Benchmark
  public CrossTable<Kern, Leeftijdsgroep> countLibrary() throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return KernLeeftijd.table(counter.count(in, 1));
    }
  }

  /**
   * The baseline: every token of the file, nothing built.
   *
   * @return the number of tokens
   * @throws IOException when the file cannot be read
   */
  @Benchmark
  public long tokenizeBaseline() throws IOException {
    return tokenize(factory, file);
  }

  /**
   * Every token of a file through one Jackson parser, nothing built: the token pass.
   *
   * @param factory the parser factory
   * @param file the file
   * @return the number of tokens
   * @throws IOException when the file cannot be read
   */
  static long tokenize(JsonFactory factory, Path file) throws IOException {
    long tokens = 0;
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = factory.createParser(in)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  private static Casus value(RecordResult<Casus> record) {
    return record.value().orElseThrow(() -> new UncheckedIOException(new IOException("bad record " + record)));
  }
}
