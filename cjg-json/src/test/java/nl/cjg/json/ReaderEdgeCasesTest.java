package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Function;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.core.populatie.Kern;
import org.junit.jupiter.api.Test;

/**
 * Smaller decisions of the reader: {@code -0} as a whole number, a day that does not exist, a
 * file without its dataset header, and a business rule that fails instead of judging.
 */
class ReaderEdgeCasesTest {
  private static final CjgJsonReader READER = CjgJsonReader.create();
  private static final String HEADER = "{\"type\":\"dataset\",\"schemaVersion\":1,\"gemeente\":\"GM0373\",\"peildatum\":\"2012-01-01\"}";
  private static final String KERN = "{\"type\":\"kern\",\"naam\":\"Bergen\",\"gemeente\":\"GM0373\"}";

  private static List<ReadResult<Voorbeeld>> everyKind(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return List.of(
        READER.read(bytes, Voorbeeld.class),
        READER.read(new ByteArrayInputStream(bytes), Voorbeeld.class),
        READER.read(json, Voorbeeld.class),
        READER.read(new StringReader(json), Voorbeeld.class));
  }

  @Test
  void minusZeroIsTheWholeNumberZeroAndIsWrittenAsZero() {
    for (ReadResult<Voorbeeld> result : everyKind("{\"naam\":\"a\",\"aantal\":-0,\"groot\":-0,\"heelGroot\":-0,\"jaar\":-0}")) {
      Voorbeeld value = result.value().orElseThrow(() -> new AssertionError(result.problems().toString()));
      assertEquals(0, value.aantal());
      assertEquals(0L, value.groot());
      assertEquals(java.math.BigInteger.ZERO, value.heelGroot().orElseThrow());
      String written = CjgJsonWriter.create().write(value);
      assertTrue(written.contains("\"aantal\":0,") && written.contains("\"jaar\":0,") && !written.contains("-0"), written);
    }
    assertEquals(List.of("VOORBEELD-S01"), READER.read("{\"naam\":\"a\",\"aantal\":-1}", Voorbeeld.class).codes());
    assertEquals(List.of("JSON-INTEGER"), READER.read("{\"naam\":\"a\",\"aantal\":-0.0}", Voorbeeld.class).codes());
  }

  @Test
  void aDayThatDoesNotExistIsNotAWrongFormat() {
    for (String property :
        List.of(
            "\"datum\":\"2012-02-30\"", "\"datum\":\"2013-02-29\"", "\"datum\":\"2012-04-31\"", "\"datum\":\"2012-00-10\"",
            "\"maand\":\"2012-13\"", "\"maand\":\"2012-00\"", "\"tijd\":\"25:00\"", "\"tijd\":\"12:60\"",
            "\"moment\":\"2012-02-30T10:00\"", "\"datum\":\"+10000-02-30\"")) {
      for (ReadResult<Voorbeeld> result : everyKind("{\"naam\":\"a\",\"aantal\":1," + property + "}")) {
        assertEquals(List.of("JSON-NO-SUCH-DATE"), result.codes(), property);
      }
    }
    for (String property :
        List.of("\"datum\":\"01-04-2012\"", "\"datum\":\"2012-4-1\"", "\"datum\":\"2012-02-30x\"", "\"maand\":\"2012-4\"", "\"tijd\":\"1430\"",
            "\"datum\":\"10000-01-01\"", "\"maand\":\"10000-01\"")) {
      assertEquals(List.of("JSON-FORMAT"), READER.read("{\"naam\":\"a\",\"aantal\":1," + property + "}", Voorbeeld.class).codes(), property);
    }
    assertEquals(LocalDate.of(2012, 2, 29), READER.read("{\"naam\":\"a\",\"aantal\":1,\"datum\":\"2012-02-29\"}", Voorbeeld.class).value().orElseThrow().datum().orElseThrow());
    String english = CjgJsonReader.builder().locale(Locale.ENGLISH).build()
        .read("{\"naam\":\"a\",\"aantal\":1,\"datum\":\"2012-02-30\"}", Voorbeeld.class).problems().get(0).message();
    assertTrue(english.startsWith("this date or time does not exist"), english);
  }

  private static ReadResult<DatasetHeader> header(CjgJsonReader reader, String text) {
    try (DatasetRecords records = reader.readDataset(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), RecordTypes.standard().with("kern", Kern.class))) {
      ReadResult<DatasetHeader> header = records.header();
      assertFalse(!header.isValid() && records.hasNext(), "no records after a bad header");
      return header;
    }
  }

  @Test
  void aFileWithoutItsDatasetHeaderSaysSo() {
    CjgJsonReader reader = CjgJsonReader.builder().limits(ReadLimits.builder().maxRecordLength(200).build()).build();
    assertEquals(List.of("DATASET-NO-HEADER"), header(reader, (KERN + "\n").repeat(3)).codes());
    assertEquals(List.of("DATASET-NO-HEADER"), header(reader, "").codes());
    assertEquals(List.of("DATASET-NO-HEADER"), header(reader, "{\"naam\":\"Bergen\",\"gemeente\":\"GM0373\"}\n").codes());
    assertEquals(List.of("DATASET-NO-HEADER", "JSON-TRAILING"), header(reader, KERN + " " + KERN + "\n").codes());
    assertEquals(List.of("DATASET-NO-HEADER", "JSON-LIMIT-RECORD"), header(reader, "[" + (KERN + ",").repeat(9) + KERN + "]\n").codes());
    assertEquals(List.of("DATASET-NO-HEADER", "JSON-TRUNCATED"), header(reader, "{\n  \"type\": \"dataset\"\n}\n").codes());
    assertEquals(List.of("DATASET-NO-HEADER", "JSON-BLANK-LINE"), header(reader, "\n" + HEADER + "\n").codes());
    assertEquals(OptionalLong.of(1), header(reader, (KERN + "\n")).problems().get(0).line());
    // A header with something wrong is a header: its own problems, not "no header".
    assertEquals(List.of("JSON-TRAILING"), header(reader, HEADER + " 1\n").codes());
    assertEquals(List.of("JSON-REQUIRED"), header(reader, "{\"type\":\"dataset\",\"schemaVersion\":1,\"gemeente\":\"GM0373\"}\n").codes());
    assertEquals(List.of("DATASET-HEADER"), header(reader, HEADER.replace("\"schemaVersion\":1", "\"schemaVersion\":2") + "\n").codes());
    assertEquals(List.of("JSON-BOM"), header(reader, "\uFEFF" + HEADER + "\n").codes());
    assertTrue(header(reader, HEADER + "\n" + KERN + "\n").isValid());
    String english = header(CjgJsonReader.builder().locale(Locale.ENGLISH).build(), KERN + "\n").problems().get(0).message();
    assertTrue(english.startsWith("this file has no dataset header"), english);
  }

  @Test
  void aNulAtTheStartIsTheSameEncodingProblemForEveryInputKind() {
    for (String json : List.of("\u0000{\"jaar\":2012}", "{\u0000\"jaar\":2012}")) {
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      assertEquals(List.of("JSON-ENCODING"), READER.read(bytes, Werkjaar.class).codes());
      assertEquals(List.of("JSON-ENCODING"), READER.read(new ByteArrayInputStream(bytes), Werkjaar.class).codes());
      assertEquals(List.of("JSON-ENCODING"), READER.read(json, Werkjaar.class).codes());
      assertEquals(List.of("JSON-ENCODING"), READER.read(new StringReader(json), Werkjaar.class).codes());
    }
  }

  @Test
  void aRuleThatFailsOnAValueIsAProblemAndNothingEscapes() {
    String extreme = "{\"jaar\":999999999}";
    for (Function<String, ReadResult<Werkjaar>> read :
        List.<Function<String, ReadResult<Werkjaar>>>of(
            json -> READER.read(json, Werkjaar.class),
            json -> READER.read(json.getBytes(StandardCharsets.UTF_8), Werkjaar.class),
            json -> READER.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Werkjaar.class),
            json -> READER.read(new StringReader(json), Werkjaar.class),
            json -> first(READER.readLines(new ByteArrayInputStream((json + "\n").getBytes(StandardCharsets.UTF_8)), Werkjaar.class)),
            json -> first(READER.readArray(new ByteArrayInputStream(("[" + json + "]").getBytes(StandardCharsets.UTF_8)), Werkjaar.class)))) {
      ReadResult<Werkjaar> result = read.apply(extreme);
      assertEquals(List.of(CjgValidator.UNCHECKED_RULE_ID), result.codes());
      Problem problem = result.problems().get(0);
      assertEquals("", problem.pointer());
      assertFalse(problem.describe().contains("999999999"), problem::describe);
      assertTrue(read.apply("{\"jaar\":2012}").isValid());
    }
    try (DatasetRecords records =
        READER.readDataset(
            new ByteArrayInputStream((HEADER + "\n{\"type\":\"werkjaar\",\"jaar\":999999999}\n").getBytes(StandardCharsets.UTF_8)),
            RecordTypes.standard().with("werkjaar", Werkjaar.class))) {
      RecordResult<Object> record = records.next();
      assertEquals(List.of(CjgValidator.UNCHECKED_RULE_ID), record.result().codes());
      assertEquals(OptionalLong.of(2), record.problems().get(0).line());
    }
  }

  private static <T> ReadResult<T> first(Records<T> records) {
    try (records) {
      List<RecordResult<T>> all = new ArrayList<>();
      records.forEachRemaining(all::add);
      assertEquals(1, all.size());
      return all.get(0).result();
    }
  }
}
