package nl.cjg.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.cjg.core.casus.Casus;
import nl.cjg.json.CjgJsonReader;
import nl.cjg.json.DatasetRecords;
import nl.cjg.json.RecordResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenereerLoadtestDatasetTest {
  @TempDir Path dir;

  @Test
  void writesAValidRepeatableDataset() throws Exception {
    Path first = dir.resolve("a.jsonl");
    Path second = dir.resolve("b.jsonl");
    long records = GenereerLoadtestDataset.run(first, 300, 7);
    GenereerLoadtestDataset.run(second, 300, 7);
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), "the same seed gives the same file");
    long casussen = 0;
    long read = 0;
    try (InputStream in = Files.newInputStream(first); DatasetRecords dataset = CjgJsonReader.create().readDataset(in)) {
      assertEquals(7L, dataset.header().value().orElseThrow().seed().orElseThrow());
      while (dataset.hasNext()) {
        RecordResult<Object> record = dataset.next();
        assertTrue(record.isValid(), record::toString);
        read++;
        if (record.value().orElseThrow() instanceof Casus) {
          casussen++;
        }
      }
    }
    assertEquals(records, read);
    assertEquals(300, casussen);
  }
}
