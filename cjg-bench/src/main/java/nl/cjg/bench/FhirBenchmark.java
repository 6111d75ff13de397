package nl.cjg.bench;

import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.cjg.core.sample.SampleDataset;
import nl.cjg.core.sample.SampleOptions;
import nl.cjg.core.sample.SampleRecord;
import nl.cjg.fhir.FhirExport;
import org.hl7.fhir.r4.model.Resource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Exporting a generated dataset of {@value #CASUSSEN} cases as one FHIR R4 bundle in JSON
 * ({@code cjg-fhir}: mapping every record and writing each resource with HAPI's parser) against
 * HAPI's parser alone writing the same resources, already made. The ratio is what the mapping
 * adds to serialization. Time per case.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FhirBenchmark {
  /** The cases of the dataset. */
  static final int CASUSSEN = 10_000;

  private final FhirExport export = FhirExport.create();
  private List<Object> records;
  private List<Resource> resources;
  private IParser parser;

  /** Generates the dataset's records and makes the resources for the baseline. */
  @Setup
  public void setUp() {
    records = SampleDataset.of(SampleOptions.builder().seed(2012).aantalCasussen(CASUSSEN).build()).records()
        .map(SampleRecord::value)
        .toList();
    resources = export.resources(records);
    parser = export.context().newJsonParser();
  }

  /**
   * The library: every record mapped, the bundle built and written as JSON.
   *
   * @return the number of characters written
   * @throws IOException never (the writer discards)
   */
  @Benchmark
  @OperationsPerInvocation(CASUSSEN)
  public long exportLibrary() throws IOException {
    CountingWriter out = new CountingWriter();
    export.writeBundle(records, out);
    return out.count;
  }

  /**
   * The baseline: HAPI's JSON parser writing the same resources, made beforehand, one by one
   * (HAPI writes a whole bundle in time that grows with the square of its entries).
   *
   * @return the number of characters written
   * @throws IOException never (the writer discards)
   */
  @Benchmark
  @OperationsPerInvocation(CASUSSEN)
  public long serializeBaseline() throws IOException {
    CountingWriter out = new CountingWriter();
    for (Resource resource : resources) {
      parser.encodeResourceToWriter(resource, out);
    }
    return out.count;
  }

  /** A writer that only counts. */
  private static final class CountingWriter extends Writer {
    long count;

    @Override
    public void write(char[] buffer, int offset, int length) {
      count += length;
    }

    @Override
    public void flush() {
      // nothing kept
    }

    @Override
    public void close() {
      // nothing kept
    }
  }
}
