package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.cjg.core.populatie.Kern;
import org.junit.jupiter.api.Test;

/**
 * Every read limit: input exactly at the limit is read, input one over it is refused with the
 * limit's code (see the table of limits in docs/quality.md). Small limits keep the inputs small;
 * the defaults are checked separately.
 */
class ReadLimitsTest {
  private static final String KERN = "{\"naam\":\"Bergen\",\"gemeente\":\"GM0373\"}";

  private static CjgJsonReader reader(Function<ReadLimits.Builder, ReadLimits.Builder> limit) {
    return CjgJsonReader.builder().limits(limit.apply(ReadLimits.builder()).build()).build();
  }

  private static List<String> codes(CjgJsonReader reader, String json) {
    return reader.read(json, Voorbeeld.class).codes();
  }

  private static String nested(int depth) {
    // The outer object is depth 1; each "kind" adds one.
    return "{\"naam\":\"a\",\"aantal\":1,\"kind\":".repeat(depth - 1) + "{\"naam\":\"a\",\"aantal\":1}" + "}".repeat(depth - 1);
  }

  @Test
  void nestingDepth() {
    CjgJsonReader reader = reader(b -> b.maxNestingDepth(5));
    assertEquals(List.of(), codes(reader, nested(5)));
    assertEquals(List.of("JSON-LIMIT-DEPTH"), codes(reader, nested(6)));
  }

  @Test
  void stringLength() {
    CjgJsonReader reader = reader(b -> b.maxStringLength(100));
    assertEquals(List.of(), codes(reader, "{\"naam\":\"" + "x".repeat(100) + "\",\"aantal\":1}"));
    assertEquals(List.of("JSON-LIMIT-STRING"), codes(reader, "{\"naam\":\"" + "x".repeat(101) + "\",\"aantal\":1}"));
  }

  @Test
  void numberLength() {
    CjgJsonReader reader = reader(b -> b.maxNumberLength(10));
    assertEquals(List.of(), codes(reader, "{\"naam\":\"a\",\"aantal\":1,\"heelGroot\":" + "9".repeat(10) + "}"));
    assertEquals(List.of("JSON-LIMIT-NUMBER"), codes(reader, "{\"naam\":\"a\",\"aantal\":1,\"heelGroot\":" + "9".repeat(11) + "}"));
  }

  @Test
  void nameLength() {
    CjgJsonReader reader = reader(b -> b.maxNameLength(20));
    assertEquals(List.of("JSON-UNKNOWN-PROPERTY"), codes(reader, "{\"naam\":\"a\",\"aantal\":1,\"" + "n".repeat(20) + "\":1}"));
    assertEquals(List.of("JSON-LIMIT-NAME"), codes(reader, "{\"naam\":\"a\",\"aantal\":1,\"" + "n".repeat(21) + "\":1}"));
  }

  @Test
  void documentLength() {
    int length = KERN.length();
    assertTrue(reader(b -> b.maxDocumentLength(length)).read(KERN, Kern.class).isValid());
    assertTrue(reader(b -> b.maxDocumentLength(length)).read(KERN.getBytes(StandardCharsets.UTF_8), Kern.class).isValid());
    assertEquals(List.of("JSON-LIMIT-DOCUMENT"), reader(b -> b.maxDocumentLength(length - 1)).read(KERN, Kern.class).codes());
    assertEquals(
        List.of("JSON-LIMIT-DOCUMENT"),
        reader(b -> b.maxDocumentLength(length - 1)).read(KERN.getBytes(StandardCharsets.UTF_8), Kern.class).codes());
  }

  @Test
  void recordLengthOfALine() {
    int length = KERN.length();
    assertTrue(lines(reader(b -> b.maxRecordLength(length)), KERN + "\n").get(0).isValid());
    assertEquals("JSON-LIMIT-RECORD", lines(reader(b -> b.maxRecordLength(length - 1)), KERN + "\n").get(0).problems().get(0).code());
  }

  @Test
  void recordsOfALinesFile() {
    CjgJsonReader reader = reader(b -> b.maxRecords(3));
    List<RecordResult<Kern>> three = lines(reader, (KERN + "\n").repeat(3));
    assertEquals(3, three.size());
    assertTrue(three.stream().allMatch(RecordResult::isValid));
    List<RecordResult<Kern>> four = lines(reader, (KERN + "\n").repeat(5));
    assertEquals(4, four.size());
    assertTrue(four.subList(0, 3).stream().allMatch(RecordResult::isValid));
    assertEquals(List.of("JSON-LIMIT-RECORDS"), four.get(3).result().codes());
    assertEquals(4, four.get(3).line());
  }

  @Test
  void recordsOfADataset() {
    String header = "{\"type\":\"dataset\",\"schemaVersion\":1,\"gemeente\":\"GM0373\",\"peildatum\":\"2012-01-01\"}\n";
    String kern = "{\"type\":\"kern\",\"naam\":\"Bergen\",\"gemeente\":\"GM0373\"}\n";
    RecordTypes types = RecordTypes.standard().with("kern", Kern.class);
    CjgJsonReader reader = reader(b -> b.maxRecords(2));
    List<RecordResult<Object>> records = new ArrayList<>();
    try (DatasetRecords in = reader.readDataset(new ByteArrayInputStream((header + kern.repeat(4)).getBytes(StandardCharsets.UTF_8)), types)) {
      assertTrue(in.header().isValid());
      in.forEachRemaining(records::add);
    }
    assertEquals(3, records.size());
    assertTrue(records.get(0).isValid() && records.get(1).isValid());
    assertEquals(List.of("JSON-LIMIT-RECORDS"), records.get(2).result().codes());
  }

  @Test
  void recordsOfAStreamedArray() {
    CjgJsonReader reader = reader(b -> b.maxRecords(2));
    assertEquals(2, array(reader, "[" + KERN + "," + KERN + "]").size());
    List<RecordResult<Kern>> records = array(reader, "[" + KERN + "," + KERN + "," + KERN + "," + KERN + "]");
    assertEquals(3, records.size());
    assertEquals(List.of("JSON-LIMIT-RECORDS"), records.get(2).result().codes());
  }

  @Test
  void problems() {
    // Reading stops once the limit is reached: one problem fewer reads on, the limit itself stops.
    CjgJsonReader reader = reader(b -> b.maxProblems(3));
    assertEquals(List.of("JSON-UNKNOWN-PROPERTY", "JSON-UNKNOWN-PROPERTY"), codes(reader, "{\"naam\":\"a\",\"aantal\":1,\"x\":1,\"y\":2}"));
    assertEquals(
        List.of("JSON-UNKNOWN-PROPERTY", "JSON-UNKNOWN-PROPERTY", "JSON-UNKNOWN-PROPERTY", "JSON-LIMIT-PROBLEMS"),
        codes(reader, "{\"naam\":\"a\",\"aantal\":1,\"x\":1,\"y\":2,\"z\":3,\"w\":4}"));
  }

  @Test
  void everyLimitIsAtLeastOne() {
    List<Function<ReadLimits.Builder, ReadLimits.Builder>> limits =
        List.of(
            b -> b.maxNestingDepth(0),
            b -> b.maxStringLength(0),
            b -> b.maxNumberLength(0),
            b -> b.maxNameLength(0),
            b -> b.maxDocumentLength(0),
            b -> b.maxRecordLength(0),
            b -> b.maxRecords(0),
            b -> b.maxProblems(0));
    for (Function<ReadLimits.Builder, ReadLimits.Builder> zero : limits) {
      nl.cjg.core.InvalidValueException e =
          org.junit.jupiter.api.Assertions.assertThrows(nl.cjg.core.InvalidValueException.class, () -> zero.apply(ReadLimits.builder()).build());
      assertEquals(ReadLimits.POSITIVE_CODE, e.code());
    }
    ReadLimits ones =
        ReadLimits.builder().maxNestingDepth(1).maxStringLength(1).maxNumberLength(1).maxNameLength(1)
            .maxDocumentLength(1).maxRecordLength(1).maxRecords(1).maxProblems(1).build();
    assertEquals(1, ones.maxRecords());
  }

  @Test
  void closingAStreamClosesItsInput() {
    for (Function<java.io.InputStream, Records<Kern>> open :
        List.<Function<java.io.InputStream, Records<Kern>>>of(
            in -> CjgJsonReader.create().readLines(in, Kern.class), in -> CjgJsonReader.create().readArray(in, Kern.class))) {
      boolean[] closed = {false};
      java.io.InputStream in =
          new java.io.FilterInputStream(new ByteArrayInputStream(("[" + KERN + "]").getBytes(StandardCharsets.UTF_8))) {
            @Override
            public void close() throws java.io.IOException {
              closed[0] = true;
              super.close();
            }
          };
      try (Records<Kern> records = open.apply(in)) {
        records.hasNext();
      }
      assertTrue(closed[0]);
    }
  }

  @Test
  void anArrayElementIsCheckedByTheBusinessRules() {
    String element = "{\"naam\":\"a\",\"aantal\":1,\"bsn\":\"123456789\"}";
    List<RecordResult<Voorbeeld>> records = new ArrayList<>();
    try (Records<Voorbeeld> in =
        CjgJsonReader.create().readArray(new ByteArrayInputStream(("[" + element + "]").getBytes(StandardCharsets.UTF_8)), Voorbeeld.class)) {
      in.forEachRemaining(records::add);
    }
    assertEquals(List.of("BSN-001"), records.get(0).result().codes());
  }

  @Test
  void theDefaultsAreTheDocumentedOnes() {
    ReadLimits limits = ReadLimits.defaults();
    assertEquals(64, limits.maxNestingDepth());
    assertEquals(100_000, limits.maxStringLength());
    assertEquals(64, limits.maxNumberLength());
    assertEquals(256, limits.maxNameLength());
    assertEquals(16L * 1024 * 1024, limits.maxDocumentLength());
    assertEquals(1024 * 1024, limits.maxRecordLength());
    assertEquals(10_000_000L, limits.maxRecords());
    assertEquals(100, limits.maxProblems());
    assertFalse(
        CjgJsonReader.create().read("{\"naam\":\"" + "x".repeat(100_001) + "\",\"aantal\":1}", Voorbeeld.class).isValid());
  }

  private static List<RecordResult<Kern>> lines(CjgJsonReader reader, String text) {
    List<RecordResult<Kern>> records = new ArrayList<>();
    try (Records<Kern> in = reader.readLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Kern.class)) {
      in.forEachRemaining(records::add);
    }
    return records;
  }

  private static List<RecordResult<Kern>> array(CjgJsonReader reader, String text) {
    List<RecordResult<Kern>> records = new ArrayList<>();
    try (Records<Kern> in = reader.readArray(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Kern.class)) {
      in.forEachRemaining(records::add);
    }
    return records;
  }
}
