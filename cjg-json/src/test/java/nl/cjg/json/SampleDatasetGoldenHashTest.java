package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.cjg.core.sample.SampleDataset;
import nl.cjg.core.sample.SampleOptions;
import org.junit.jupiter.api.Test;

/**
 * A whole generated dataset, written as a JSON Lines dataset, is the same byte for byte on every
 * JVM: its SHA-256 is pinned here. It changes only with {@link SampleDataset#VERSIE} (or with the
 * wire format), and then this hash is updated with it.
 */
class SampleDatasetGoldenHashTest {
  /** The SHA-256 of the dataset of seed 2012 with 500 cases, generator version 2. */
  private static final String GOLDEN = "53661bdf38f5c3a72fb7a213a60432868ab5866c1df013f2665594c0f5df7aab";

  @Test
  void aGeneratedDatasetIsTheSameByteForByte() throws NoSuchAlgorithmException {
    SampleDataset dataset = SampleDataset.of(SampleOptions.builder().seed(2012).aantalCasussen(500).build());
    assertEquals(2, dataset.versie(), "a new generator version needs a new golden hash");
    DatasetHeader header = DatasetHeader.builder()
        .from(DatasetHeader.of(dataset.gemeente(), dataset.peildatum()))
        .seed(dataset.seed())
        .build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (RecordWriter writer = CjgJsonWriter.create().writeDataset(bytes, header)) {
      dataset.records().forEach(record -> writer.write(record.value()));
    }
    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
    assertEquals(GOLDEN, hash, () -> bytes.size() + " bytes");
  }
}
