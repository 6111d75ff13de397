package nl.cjg.bench;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import nl.cjg.core.sample.SampleDataset;
import nl.cjg.core.sample.SampleOptions;
import nl.cjg.core.sample.SampleRecord;
import nl.cjg.json.CjgJsonWriter;
import nl.cjg.json.DatasetHeader;
import nl.cjg.json.RecordWriter;
import org.instancio.Instancio;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Generating sample cases on one thread with the library's seeded generator ({@code
 * nl.cjg.core.sample}), alone and while writing the whole dataset as JSON Lines, against Instancio
 * filling an object of the same shape ({@link CasusShape}). Time per case; the dataset's other
 * records (population, partners, signals, meetings, family plans) are part of the work per case.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class GenerationBenchmark {
  /** The cases per invocation: one dataset. */
  static final int CASUSSEN = 10_000;

  private final CjgJsonWriter writer = CjgJsonWriter.create();
  private SampleDataset dataset;
  private DatasetHeader header;

  /** Describes the dataset. */
  @Setup
  public void setUp() {
    dataset = SampleDataset.of(SampleOptions.builder().seed(2012).aantalCasussen(CASUSSEN).build());
    header =
        DatasetHeader.builder()
            .schemaVersion(DatasetHeader.SCHEMA_VERSION)
            .gemeente(dataset.gemeente())
            .peildatum(dataset.peildatum())
            .seed(dataset.seed())
            .build();
  }

  /**
   * The library: every record of a dataset of {@value #CASUSSEN} cases made.
   *
   * @return the number of cases, checked by the caller's blackhole
   */
  @Benchmark
  @OperationsPerInvocation(CASUSSEN)
  public int generateLibrary() {
    int casussen = 0;
    for (Iterator<SampleRecord> records = dataset.iterator(); records.hasNext(); ) {
      if (records.next().kind() == SampleRecord.Kind.CASUS) {
        casussen++;
      }
    }
    return casussen;
  }

  /**
   * The library: every record of the dataset made and written as a JSON Lines dataset.
   *
   * @return the number of records written
   */
  @Benchmark
  @OperationsPerInvocation(CASUSSEN)
  public int generateAndWriteLibrary() {
    int written = 0;
    try (RecordWriter lines = writer.writeDataset(OutputStream.nullOutputStream(), header)) {
      for (SampleRecord record : dataset) {
        lines.write(record.value());
        written++;
      }
    }
    return written;
  }

  /** The baseline: Instancio fills one case of the same shape with random values. */
  @Benchmark
  public CasusShape generateInstancio() {
    return Instancio.create(CasusShape.class);
  }
}
