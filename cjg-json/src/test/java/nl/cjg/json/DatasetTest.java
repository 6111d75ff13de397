package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;

/** The dataset format: a header line, then one typed record per line. */
class DatasetTest {
  private static final CjgJsonReader READER = CjgJsonReader.create();
  private static final CjgJsonWriter WRITER = CjgJsonWriter.create();
  private static final DatasetHeader HEADER =
      DatasetHeader.builder().from(DatasetHeader.of(GemeenteCode.BERGEN_NH, LocalDate.of(2012, 1, 1))).seed(42L).build();
  private static final RecordTypes TYPES = RecordTypes.none().with("kern", Kern.class).with("leeftijdsgroep", Leeftijdsgroep.class);

  private static String write(RecordTypes types, List<Object> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer = WRITER.writeDataset(out, HEADER, types)) {
      records.forEach(writer::write);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<RecordResult<Object>> read(String text, RecordTypes types, DatasetHeader[] header) {
    List<RecordResult<Object>> records = new ArrayList<>();
    try (DatasetRecords dataset = READER.readDataset(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), types)) {
      header[0] = dataset.header().value().orElse(null);
      dataset.forEachRemaining(records::add);
    }
    return records;
  }

  @Test
  void aDatasetIsAHeaderLineThenTypedRecords() {
    String text = write(TYPES, List.of(BergenKernen.BERGEN, Leeftijdsgroep.of(0, 4)));
    assertEquals(
        "{\"type\":\"dataset\",\"schemaVersion\":1,\"gemeente\":\"GM0373\",\"peildatum\":\"2012-01-01\",\"seed\":42}\n"
            + "{\"type\":\"kern\",\"naam\":\"Bergen\",\"gemeente\":\"GM0373\",\"cluster\":\"Bergen\"}\n"
            + "{\"type\":\"leeftijdsgroep\",\"van\":0,\"tot\":4,\"naam\":\"0–3\"}\n",
        text);
    DatasetHeader[] header = new DatasetHeader[1];
    List<RecordResult<Object>> records = read(text, TYPES, header);
    assertEquals(HEADER, header[0]);
    assertEquals(List.of(BergenKernen.BERGEN, Leeftijdsgroep.of(0, 4)), records.stream().map(r -> r.value().orElseThrow()).toList());
    assertEquals(List.of(Optional.of("kern"), Optional.of("leeftijdsgroep")), records.stream().map(RecordResult::type).toList());
    assertEquals(List.of(0L, 1L), records.stream().map(RecordResult::index).toList());
    assertEquals(List.of(2L, 3L), records.stream().map(RecordResult::line).toList());
  }

  @Test
  void theStandardTypesRoundTrip() {
    List<Object> records =
        List.of(
            ModelExamples.ggd(),
            ModelExamples.populatie(),
            ModelExamples.opvoedspreekuur(),
            ModelExamples.casus(),
            ModelExamples.casusoverleg(),
            ModelExamples.gezinsplan(),
            ModelExamples.werkplan2012(),
            ModelExamples.planVanAanpak(),
            ModelExamples.communicatieplan2012(),
            ModelExamples.signaal());
    String text = write(RecordTypes.standard(), records);
    List<RecordResult<Object>> read = read(text, RecordTypes.standard(), new DatasetHeader[1]);
    assertTrue(read.stream().allMatch(RecordResult::isValid), read::toString);
    assertEquals(records, read.stream().map(r -> r.value().orElseThrow()).toList());
    assertEquals(
        List.of("partner", "populatie", "aanbod", "casus", "casusoverleg", "gezinsplan", "werkplan", "planVanAanpak", "communicatieplan", "signaal"),
        read.stream().map(r -> r.type().orElseThrow()).toList());
  }

  @Test
  void theTypeMayStandAnywhereButOnlyOnce() {
    String text =
        "{\"type\":\"dataset\",\"schemaVersion\":1,\"gemeente\":\"GM0373\",\"peildatum\":\"2012-01-01\"}\n"
            + "{\"naam\":\"Bergen\",\"gemeente\":\"GM0373\",\"type\":\"kern\"}\n"
            + "{\"type\":\"kern\",\"naam\":\"Bergen\",\"type\":\"kern\",\"gemeente\":\"GM0373\"}\n";
    List<RecordResult<Object>> records = read(text, TYPES, new DatasetHeader[1]);
    assertEquals(Kern.builder().naam("Bergen").gemeente(GemeenteCode.BERGEN_NH).build(), records.get(0).value().orElseThrow());
    assertEquals(List.of("JSON-DUPLICATE-KEY"), records.get(1).result().codes());
    assertEquals("/type", records.get(1).problems().get(0).pointer());
  }

  @Test
  void aRecordOfAnUnknownOrMissingTypeIsReportedAndTheRestIsRead() {
    String text =
        write(TYPES, List.of())
            + "{\"type\":\"casus\",\"naam\":\"x\"}\n"
            + "{\"naam\":\"Bergen\",\"gemeente\":\"GM0373\"}\n"
            + "{\"type\":7,\"naam\":\"Bergen\"}\n"
            + "{\"type\":\"dataset\",\"schemaVersion\":1}\n"
            + "{\"type\":\"kern\",\"naam\":\"Schoorl\",\"gemeente\":\"GM0373\"}\n";
    List<RecordResult<Object>> records = read(text, TYPES, new DatasetHeader[1]);
    assertEquals(5, records.size());
    for (int i = 0; i < 4; i++) {
      assertEquals(List.of("DATASET-TYPE"), records.get(i).result().codes(), "record " + i);
      assertEquals("/type", records.get(i).problems().get(0).pointer());
      assertEquals(Optional.empty(), records.get(i).type());
    }
    assertTrue(records.get(0).problems().get(0).message().endsWith("kern, leeftijdsgroep"));
    assertEquals("Schoorl", ((Kern) records.get(4).value().orElseThrow()).naam());
  }

  @Test
  void aBadRecordHasItsFileLine() {
    String text = write(TYPES, List.of(BergenKernen.BERGEN)) + "{\"type\":\"kern\",\"naam\":\"Schoorl\"}\n";
    RecordResult<Object> bad = read(text, TYPES, new DatasetHeader[1]).get(1);
    assertEquals(3, bad.line());
    assertEquals(1, bad.index());
    assertEquals(Optional.of("kern"), bad.type());
    assertEquals("JSON-REQUIRED", bad.problems().get(0).code());
    assertEquals(java.util.OptionalLong.of(3), bad.problems().get(0).line());
  }

  @Test
  void businessRulesRunOnEachRecord() {
    RecordTypes types = RecordTypes.none().with("voorbeeld", Voorbeeld.class);
    String text = write(types, List.of()) + "{\"type\":\"voorbeeld\",\"naam\":\"x\",\"aantal\":1,\"bsn\":\"123456789\"}\n";
    RecordResult<Object> record = read(text, types, new DatasetHeader[1]).get(0);
    assertEquals(List.of("BSN-001"), record.result().codes());
    assertEquals("/bsn", record.problems().get(0).pointer());
    assertEquals(java.util.OptionalLong.of(2), record.problems().get(0).line());
  }

  @Test
  void withoutAValidHeaderThereAreNoRecords() {
    String record = "{\"type\":\"kern\",\"naam\":\"Schoorl\",\"gemeente\":\"GM0373\"}\n";
    for (String header :
        List.of(
            "",
            record,
            "{\"type\":\"dataset\",\"schemaVersion\":2,\"gemeente\":\"GM0373\",\"peildatum\":\"2012-01-01\"}\n" + record,
            "{\"type\":\"dataset\",\"schemaVersion\":0,\"gemeente\":\"GM0373\",\"peildatum\":\"2012-01-01\"}\n" + record,
            "{\"type\":\"dataset\",\"gemeente\":\"GM0373\"}\n" + record,
            "\n" + record)) {
      try (DatasetRecords dataset = READER.readDataset(new ByteArrayInputStream(header.getBytes(StandardCharsets.UTF_8)), TYPES)) {
        assertFalse(dataset.header().isValid(), header);
        assertFalse(dataset.hasNext(), header);
        assertEquals(java.util.OptionalLong.of(1), dataset.header().problems().get(0).line(), header);
      }
    }
  }

  @Test
  void anUnsupportedVersionNamesTheSupportedOne() {
    String text = "{\"type\":\"dataset\",\"schemaVersion\":2,\"gemeente\":\"GM0373\",\"peildatum\":\"2012-01-01\"}\n";
    try (DatasetRecords dataset = READER.readDataset(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), TYPES)) {
      assertEquals(List.of("DATASET-HEADER"), dataset.header().codes());
      assertTrue(dataset.header().problems().get(0).message().contains("schemaVersion 1"));
    }
  }

  @Test
  void writingAValueOfNoRecordTypeIsAProgrammingError() {
    try (RecordWriter writer = WRITER.writeDataset(new ByteArrayOutputStream(), HEADER, TYPES)) {
      assertThrows(IllegalArgumentException.class, () -> writer.write(ModelExamples.ggd()));
    }
  }

  @Test
  void recordTypesAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> TYPES.with("kern", Kern.class));
    assertThrows(IllegalArgumentException.class, () -> TYPES.with(RecordTypes.HEADER, Kern.class));
    assertThrows(IllegalArgumentException.class, () -> READER.readDataset(new ByteArrayInputStream(new byte[0]), RecordTypes.none().with("x", String.class)));
  }
}
