package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Kern;

/** JSON Lines and large arrays, read and written record by record. */
class StreamsTest {
  private static final CjgJsonReader READER = CjgJsonReader.create();
  private static final CjgJsonWriter WRITER = CjgJsonWriter.create();

  private static List<RecordResult<Kern>> lines(CjgJsonReader reader, String text) {
    List<RecordResult<Kern>> records = new ArrayList<>();
    try (Records<Kern> stream = reader.readLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Kern.class)) {
      stream.forEachRemaining(records::add);
    }
    return records;
  }

  private static List<RecordResult<Kern>> array(String text) {
    return array(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<RecordResult<Kern>> array(byte[] bytes) {
    List<RecordResult<Kern>> records = new ArrayList<>();
    try (Records<Kern> stream = READER.readArray(new ByteArrayInputStream(bytes), Kern.class)) {
      stream.forEachRemaining(records::add);
    }
    return records;
  }

  @Test
  void jsonLinesAreOneCompactValuePerLine() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer = WRITER.writeLines(out)) {
      writer.write(BergenKernen.BERGEN);
      writer.write(BergenKernen.SCHOORL);
    }
    assertEquals(
        "{\"naam\":\"Bergen\",\"gemeente\":\"GM0373\",\"cluster\":\"Bergen\"}\n{\"naam\":\"Schoorl\",\"gemeente\":\"GM0373\",\"cluster\":\"Schoorl\"}\n",
        out.toString(StandardCharsets.UTF_8));
    List<RecordResult<Kern>> records = lines(READER, out.toString(StandardCharsets.UTF_8));
    assertEquals(List.of(BergenKernen.BERGEN, BergenKernen.SCHOORL), records.stream().map(r -> r.value().orElseThrow()).toList());
    assertEquals(List.of(1L, 2L), records.stream().map(RecordResult::line).toList());
    assertEquals(List.of(0L, 1L), records.stream().map(RecordResult::index).toList());
  }

  @Test
  void aBadLineIsReportedWithItsLineNumberAndTheRestIsRead() {
    String text =
        "{\"naam\":\"Bergen\",\"gemeente\":\"GM0373\"}\n"
            + "{\"naam\":\"Schoorl\",\"gemeente\":\"GM03\"}\r\n"
            + "{\"naam\":\"Groet\",\n"
            + "\n"
            + "{\"naam\":\"Egmond\",\"gemeente\":\"GM0373\"}";
    List<RecordResult<Kern>> records = lines(READER, text);
    assertEquals(5, records.size());
    assertTrue(records.get(0).isValid());
    assertEquals("GEMEENTECODE-S01", records.get(1).problems().get(0).code());
    assertEquals(OptionalLong.of(2), records.get(1).problems().get(0).line());
    assertEquals("/gemeente", records.get(1).problems().get(0).pointer());
    assertEquals("JSON-TRUNCATED", records.get(2).problems().get(0).code());
    assertEquals(OptionalLong.of(3), records.get(2).problems().get(0).line());
    assertEquals("JSON-BLANK-LINE", records.get(3).problems().get(0).code());
    assertEquals(4, records.get(3).line());
    assertEquals("Egmond", records.get(4).value().orElseThrow().naam());
  }

  @Test
  void failingFastEndsAfterTheFirstBadRecord() {
    CjgJsonReader fast = CjgJsonReader.builder().failFast(true).build();
    List<RecordResult<Kern>> records = lines(fast, "{\"naam\":\"B\",\"gemeente\":\"GM0373\"}\n{}\n{\"naam\":\"S\",\"gemeente\":\"GM0373\"}\n");
    assertEquals(2, records.size());
    assertFalse(records.get(1).isValid());
  }

  @Test
  void aLineOverTheLimitIsSkippedWhole() {
    CjgJsonReader reader = CjgJsonReader.builder().limits(ReadLimits.builder().maxRecordLength(60).build()).build();
    String text = "{\"naam\":\"" + "x".repeat(200_000) + "\",\"gemeente\":\"GM0373\"}\n{\"naam\":\"S\",\"gemeente\":\"GM0373\"}\n";
    List<RecordResult<Kern>> records = lines(reader, text);
    assertEquals("JSON-LIMIT-RECORD", records.get(0).problems().get(0).code());
    assertEquals("S", records.get(1).value().orElseThrow().naam());
    assertEquals(2, records.get(1).line());
  }

  @Test
  void aLineThatIsNotUtf8IsReportedAtItsByte() {
    byte[] bytes = "{\"naam\":\"B\",\"gemeente\":\"GM0373\"}\n{\"naam\":\"\u00ff\",\"gemeente\":\"GM0373\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    List<RecordResult<Kern>> records = new ArrayList<>();
    try (Records<Kern> stream = READER.readLines(new ByteArrayInputStream(bytes), Kern.class)) {
      stream.forEachRemaining(records::add);
    }
    Problem problem = records.get(1).problems().get(0);
    assertEquals("JSON-ENCODING", problem.code());
    assertEquals(OptionalLong.of(2), problem.line());
    assertEquals(OptionalLong.of(10), problem.column());
  }

  @Test
  void aByteOrderMarkOnTheFirstLineIsRefused() {
    List<RecordResult<Kern>> records = lines(READER, "\uFEFF{\"naam\":\"B\",\"gemeente\":\"GM0373\"}\n{\"naam\":\"S\",\"gemeente\":\"GM0373\"}");
    assertEquals("JSON-BOM", records.get(0).problems().get(0).code());
    assertTrue(records.get(1).isValid());
  }

  @Test
  void anEmptyInputHasNoRecords() {
    assertEquals(List.of(), lines(READER, ""));
  }

  @Test
  void aLargeArrayIsWrittenAndReadElementByElement() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer = WRITER.writeArray(out)) {
      BergenKernen.all().forEach(writer::write);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("[\n{\"naam\":\"Bergen\""), text);
    assertTrue(text.endsWith("}\n]\n"), text);
    assertEquals(BergenKernen.all(), array(text).stream().map(r -> r.value().orElseThrow()).toList());
    assertEquals(8L, array(text).get(6).line()); // the seventh element, after the line with "["
  }

  @Test
  void anEmptyArrayHasNoRecords() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WRITER.writeArray(out).close();
    assertEquals("[\n]\n", out.toString(StandardCharsets.UTF_8));
    assertEquals(List.of(), array(out.toByteArray()));
  }

  @Test
  void aBadElementIsReportedAndTheRestIsRead() {
    List<RecordResult<Kern>> records =
        array("[{\"naam\":\"B\",\"gemeente\":\"GM0373\"},{\"naam\":\"S\",\"x\":[1,{}]},null,{\"naam\":\"E\",\"gemeente\":\"GM0373\"}]");
    assertEquals(4, records.size());
    assertEquals(List.of("JSON-UNKNOWN-PROPERTY", "JSON-REQUIRED"), records.get(1).result().codes());
    assertEquals("/1", records.get(1).problems().get(0).pointer());
    assertEquals("/1/gemeente", records.get(1).problems().get(1).pointer());
    assertEquals(List.of("JSON-NULL"), records.get(2).result().codes());
    assertEquals("E", records.get(3).value().orElseThrow().naam());
  }

  @Test
  void brokenJsonInAnArrayEndsTheStream() {
    List<RecordResult<Kern>> records = array("[{\"naam\":\"B\",\"gemeente\":\"GM0373\"},{\"naam\" \"S\"},{\"naam\":\"E\",\"gemeente\":\"GM0373\"}]");
    assertEquals(2, records.size());
    assertEquals("JSON-SYNTAX", records.get(1).problems().get(0).code());
  }

  @Test
  void somethingAfterTheArrayIsReported() {
    List<RecordResult<Kern>> records = array("[{\"naam\":\"B\",\"gemeente\":\"GM0373\"}] []");
    assertEquals(2, records.size());
    assertEquals("JSON-TRAILING", records.get(1).problems().get(0).code());
  }

  @Test
  void anArrayMustBeAnArray() {
    assertEquals(List.of("JSON-TYPE"), array("{}").get(0).result().codes());
    assertEquals(List.of("JSON-BOM"), array("\uFEFF[]").get(0).result().codes());
  }

  @Test
  void anElementOverTheLimitEndsTheStream() {
    CjgJsonReader reader = CjgJsonReader.builder().limits(ReadLimits.builder().maxRecordLength(20_000).build()).build();
    String big = "{\"naam\":\"" + "x".repeat(60_000) + "\",\"gemeente\":\"GM0373\"}";
    List<RecordResult<Kern>> records = new ArrayList<>();
    try (Records<Kern> stream = reader.readArray(new ByteArrayInputStream(("[" + big + "," + big + "]").getBytes(StandardCharsets.UTF_8)), Kern.class)) {
      stream.forEachRemaining(records::add);
    }
    assertEquals("JSON-LIMIT-RECORD", records.get(records.size() - 1).problems().get(0).code());
  }
}
