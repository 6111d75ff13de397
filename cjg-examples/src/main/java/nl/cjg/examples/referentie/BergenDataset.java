package nl.cjg.examples.referentie;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nl.cjg.json.CjgJsonReader;
import nl.cjg.json.DatasetHeader;
import nl.cjg.json.DatasetRecords;
import nl.cjg.json.RecordResult;

/**
 * The Bergen reference dataset: the facts of the source documents in the dataset format of
 * {@code cjg-json} (one JSON Lines file, a header and then records with a {@code type}), bundled as
 * {@value #RESOURCE}. It holds the population of the kernen (CBS 2010) and the partner map of
 * Bijlage 1 as cjg-core ships them, the offerings with their measures, the werkplan 2012, the plan
 * van aanpak 2008–2010, the communicatieplan 2012 and the case-meeting pilot of 2012 (anonymous,
 * non-identifying requests). Every record validates without violations.
 */
public final class BergenDataset {
  /** The resource path of the bundled dataset, from the class path root. */
  public static final String RESOURCE = "/nl/cjg/examples/bergen-2012.jsonl";

  private BergenDataset() {}

  /**
   * Opens the bundled dataset for reading record by record. The caller closes it.
   *
   * @return the records, with the header
   */
  public static DatasetRecords open() {
    return CjgJsonReader.create().readDataset(stream());
  }

  /**
   * The bundled dataset as UTF-8 bytes.
   *
   * @return the file's content
   * @throws UncheckedIOException when the resource cannot be read
   */
  public static InputStream stream() {
    InputStream in = BergenDataset.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new UncheckedIOException(new IOException("the bundled dataset " + RESOURCE + " is missing"));
    }
    return in;
  }

  /**
   * Reads the whole bundled dataset (it is small).
   *
   * @return the header and every record, in file order
   * @throws IllegalStateException when the bundled file has problems (a build error: a test proves it has none)
   */
  public static Contents read() {
    try (DatasetRecords records = open()) {
      DatasetHeader header = records.header().value()
          .orElseThrow(() -> new IllegalStateException("the bundled dataset has a bad header: " + records.header().codes()));
      List<Object> values = new ArrayList<>();
      while (records.hasNext()) {
        RecordResult<Object> record = records.next();
        values.add(record.value().orElseThrow(
            () -> new IllegalStateException("line " + record.line() + " of the bundled dataset has problems")));
      }
      return new Contents(header, values);
    }
  }

  /**
   * The bundled dataset in memory. Immutable and thread-safe.
   *
   * @param header the dataset header
   * @param records the records in file order
   */
  public record Contents(DatasetHeader header, List<Object> records) {
    /** Copies the records. */
    public Contents {
      records = List.copyOf(records);
    }

    /**
     * The records of one type, in file order.
     *
     * @param <T> the type
     * @param type the model type, e.g. {@code Aanbod.class}
     * @return the records of that type
     */
    public <T> List<T> of(Class<T> type) {
      return records.stream().filter(type::isInstance).map(type::cast).toList();
    }
  }
}
