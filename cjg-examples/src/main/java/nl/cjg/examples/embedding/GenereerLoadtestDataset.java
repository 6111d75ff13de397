package nl.cjg.examples.embedding;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.cjg.core.sample.SampleDataset;
import nl.cjg.core.sample.SampleOptions;
import nl.cjg.json.CjgJsonWriter;
import nl.cjg.json.DatasetHeader;
import nl.cjg.json.RecordWriter;

/**
 * Embedding example: generate a dataset for a load test. The generator produces the records
 * lazily and the writer writes them one by one, so any size fits in constant memory; the same seed
 * gives the same file, so a load test can be repeated exactly. The data are calibrated on Bergen
 * and privacy-safe (invented people, BSNs from the test range only).
 */
public final class GenereerLoadtestDataset {
  private GenereerLoadtestDataset() {}

  /**
   * Writes a dataset: {@code GenereerLoadtestDataset FILE CASUSSEN SEED}.
   *
   * @param args the file, the number of cases and the seed
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: GenereerLoadtestDataset FILE CASUSSEN SEED");
      System.exit(2);
    }
    long records = run(Path.of(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]));
    System.out.println(records + " records written to " + args[0]);
  }

  /**
   * Writes a calibrated sample dataset.
   *
   * @param file where to write
   * @param casussen the number of cases
   * @param seed the seed
   * @return the number of records written (the header not counted)
   * @throws IOException when the file cannot be written
   */
  public static long run(Path file, int casussen, long seed) throws IOException {
    SampleOptions options = SampleOptions.builder().aantalCasussen(casussen).seed(seed).build();
    DatasetHeader header = DatasetHeader.builder()
        .from(DatasetHeader.of(options.populatie().gemeente(), options.peildatum()))
        .seed(seed)
        .build();
    long written = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        RecordWriter writer = CjgJsonWriter.create().writeDataset(out, header)) {
      for (var record : SampleDataset.of(options)) {
        writer.write(record.value());
        written++;
      }
    }
    return written;
  }
}
