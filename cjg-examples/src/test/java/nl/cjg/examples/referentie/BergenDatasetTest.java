package nl.cjg.examples.referentie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.json.CjgJsonWriter;
import nl.cjg.json.DatasetHeader;
import nl.cjg.json.DatasetRecords;
import nl.cjg.json.Problem;
import nl.cjg.json.RecordResult;
import nl.cjg.json.RecordWriter;
import org.junit.jupiter.api.Test;

/**
 * The bundled reference dataset is exactly what {@link BergenFeiten} writes, and reads back
 * without a single problem. When the facts change, regenerate the file with
 * {@code mvn -pl cjg-examples test -Dtest=BergenDatasetTest -Dcjg.regenerate=true}.
 */
class BergenDatasetTest {
  private static final Path BUNDLED = Path.of("src", "main", "resources", "nl", "cjg", "examples", "bergen-2012.jsonl");

  static byte[] generate() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DatasetHeader header = DatasetHeader.of(GemeenteCode.BERGEN_NH, BergenFeiten.PEILDATUM);
    try (RecordWriter writer = CjgJsonWriter.create().writeDataset(out, header)) {
      for (Object record : BergenFeiten.records()) {
        writer.write(record);
      }
    }
    return out.toByteArray();
  }

  @Test
  void theBundledFileIsUpToDate() throws Exception {
    byte[] expected = generate();
    if (Boolean.getBoolean("cjg.regenerate")) {
      Files.write(BUNDLED, expected);
    }
    byte[] bundled;
    try (InputStream in = BergenDataset.stream()) {
      bundled = in.readAllBytes();
    }
    String outOfDate = "the bundled dataset is out of date: regenerate it with -Dcjg.regenerate=true (see this test's javadoc)";
    assertTrue(Arrays.equals(expected, bundled), outOfDate);
    assertTrue(Arrays.equals(expected, Files.readAllBytes(BUNDLED)), outOfDate);
  }

  @Test
  void theBundledFileReadsBackWithoutProblemsToTheSameFacts() throws IOException {
    List<Object> read = new ArrayList<>();
    try (DatasetRecords records = BergenDataset.open()) {
      assertTrue(records.header().isValid(), records.header()::toString);
      assertEquals(GemeenteCode.BERGEN_NH, records.header().value().orElseThrow().gemeente());
      while (records.hasNext()) {
        RecordResult<Object> record = records.next();
        assertTrue(record.isValid(), record::toString);
        read.add(record.value().orElseThrow());
      }
      assertEquals(List.of(), records.datasetProblems().stream().map(Problem::describe).toList());
    }
    assertEquals(BergenFeiten.records(), read);
    assertEquals(read, BergenDataset.read().records());
  }
}
