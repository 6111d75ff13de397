package nl.cjg.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import nl.cjg.core.casus.Casus;
import nl.cjg.json.CjgJsonReader;
import nl.cjg.json.CjgJsonWriter;
import nl.cjg.json.ReadResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading and writing one full case (every field of the bespreekformulier) through cjg-json,
 * against a hand-written Jackson streaming parser and generator over plain records; and reading
 * with business validation against reading alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JsonBenchmark {
  private final CjgJsonReader reader = CjgJsonReader.builder().validate(false).build();
  private final CjgJsonReader validatingReader = CjgJsonReader.create();
  private final CjgJsonWriter writer = CjgJsonWriter.create();
  private final HandParser handParser = new HandParser();
  private final HandWriter handWriter = new HandWriter();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
  private Casus casus;
  private CasusShape shape;
  private byte[] json;

  /** Writes the full case once; both readers read these bytes. */
  @Setup
  public void setUp() {
    casus = Fixtures.volledigeCasus();
    shape = CasusShape.of(casus);
    json = writer.write(casus).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The library: parse, build the immutable value and check its invariants (no business rules). */
  @Benchmark
  public ReadResult<Casus> readLibrary() {
    return reader.read(json, Casus.class);
  }

  /** The library with business validation (the default reader). */
  @Benchmark
  public ReadResult<Casus> readValidated() {
    return validatingReader.read(json, Casus.class);
  }

  /** The baseline: the hand-written streaming parser filling plain records. */
  @Benchmark
  public CasusShape readBaseline() throws IOException {
    return handParser.read(json);
  }

  /** The library: the case to UTF-8 JSON. */
  @Benchmark
  public int writeLibrary() {
    out.reset();
    writer.write(casus, out);
    return out.size();
  }

  /** The baseline: the hand-written generator writing the same bytes from plain records. */
  @Benchmark
  public int writeBaseline() throws IOException {
    out.reset();
    handWriter.write(shape, out);
    return out.size();
  }
}
