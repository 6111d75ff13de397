package nl.cjg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import nl.cjg.core.casus.Afspraak;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.overleg.Voorzitter;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.referentie.BergenReferentie;
import nl.cjg.json.CjgJsonReader;
import nl.cjg.json.CjgJsonWriter;
import nl.cjg.json.DatasetHeader;
import nl.cjg.json.DatasetRecords;
import nl.cjg.json.RecordWriter;
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
 * The dataset rules across records while streaming, in a heap of 256 MB: reading a connected
 * dataset file with every record rule and the dataset rules ({@code DATASET-nnn}), against reading
 * the same file with the record rules alone; and the same with the records read ahead on two
 * threads. The file holds the Bergen partners, then per three
 * cases a meeting that discusses them, then the cases.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(jvmArgsAppend = "-Xmx256m")
public class IntegrityBenchmark {
  /** The number of cases in the file. */
  @Param("200000")
  public int casussen;

  private final CjgJsonReader withDatasetRules = CjgJsonReader.create();
  private final CjgJsonReader recordRulesOnly = CjgJsonReader.builder().datasetRules(false).build();
  private final CjgJsonReader withDatasetRulesTwoThreads = CjgJsonReader.builder().threads(2).build();
  private Path file;

  /**
   * Writes the file once per fork.
   *
   * @throws IOException when the file cannot be written
   */
  @Setup(Level.Trial)
  public void writeFile() throws IOException {
    file = Files.createTempFile("cjg-bench-integrity-", ".jsonl");
    write(file, casussen);
  }

  /** Writes a connected dataset of {@code count} cases to {@code file}. */
  static void write(Path file, int count) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        RecordWriter records = CjgJsonWriter.create().writeDataset(out, DatasetHeader.of(GemeenteCode.BERGEN_NH, Fixtures.BEGIN.plusYears(2)))) {
      for (Partner partner : BergenReferentie.netwerk().partners()) {
        records.write(partner);
      }
      for (int m = 0; 3 * m < count; m++) {
        records.write(overleg(m, count));
      }
      for (int i = 0; i < count; i++) {
        records.write(Fixtures.populatieCasus(i));
      }
    }
  }

  /** Meeting {@code m}: it discusses cases 3m, 3m+1 and 3m+2, each on its afsprakenlijst, done. */
  private static Casusoverleg overleg(int m, int count) {
    LocalDate datum = Fixtures.BEGIN.plusDays(m);
    Casusoverleg.Builder overleg = Casusoverleg.builder()
        .datum(datum)
        .voorzitter(Voorzitter.of("coördinator CJG", Voorzitter.Rol.PROCESREGISSEUR))
        .addVastTeam(Professional.ofOrganisatie("Stichting de Wering"), Professional.ofOrganisatie("Bureau Jeugdzorg Noord-Holland"));
    for (int i = 3 * m; i < Math.min(3 * m + 3, count); i++) {
      String kenmerk = Fixtures.populatieCasus(i).kenmerk();
      overleg.addCasussen(kenmerk).addAfsprakenlijst(Afspraak.builder()
          .wie(Professional.ofOrganisatie("Stichting de Wering")).wat("een gesprek met de ouders plannen")
          .uiterlijk(datum.plusWeeks(3)).casus(kenmerk).status(Afspraak.Status.UITGEVOERD).build());
    }
    return overleg.build();
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
   * The library: every record read and checked by its own rules, then the dataset rules.
   *
   * @return the number of valid records plus the number of dataset problems
   * @throws IOException when the file cannot be read
   */
  @Benchmark
  public long readWithDatasetRules() throws IOException {
    return read(withDatasetRules, file);
  }

  /**
   * The library on two threads: the records read and checked by their own rules ahead on two
   * worker threads, the dataset rules on this thread in input order.
   *
   * @return the number of valid records plus the number of dataset problems
   * @throws IOException when the file cannot be read
   */
  @Benchmark
  public long readWithDatasetRulesTwoThreads() throws IOException {
    return read(withDatasetRulesTwoThreads, file);
  }

  /**
   * The baseline: every record read and checked by its own rules.
   *
   * @return the number of valid records
   * @throws IOException when the file cannot be read
   */
  @Benchmark
  public long readAlone() throws IOException {
    return read(recordRulesOnly, file);
  }

  static long read(CjgJsonReader reader, Path file) throws IOException {
    long valid = 0;
    try (InputStream in = Files.newInputStream(file);
        DatasetRecords records = reader.readDataset(in)) {
      while (records.hasNext()) {
        if (records.next().isValid()) {
          valid++;
        }
      }
      return valid + records.datasetProblems().size();
    }
  }
}
