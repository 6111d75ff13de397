package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import nl.cjg.core.casus.Casus;
import nl.cjg.jqwik.CjgArbitraries;

/**
 * The reader keeps track of the properties of an object it has read, at every position: a property
 * given twice is {@code JSON-DUPLICATE-KEY} at that property, wherever the repetition stands, and a
 * required property left out is {@code JSON-REQUIRED} at its pointer, while leaving out one that is
 * not required never is. Checked on the case, the type with the most attributes, for each of its
 * properties, in one document and as a line of a JSON Lines stream.
 */
class DuplicateAndMissingProperties {
  private static final CjgJsonReader READER = CjgJsonReader.builder().validate(false).build();
  private static final CjgJsonWriter WRITER = CjgJsonWriter.create();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final ValueCodec<?> CASUS = (ValueCodec<?>) new CodecRegistry().codecFor(Casus.class);

  @Property(tries = 300)
  void aRepeatedPropertyIsADuplicateKeyThere(
      @ForAll("casussen") Casus casus, @ForAll @IntRange(max = 100) int which, @ForAll @IntRange(max = 100) int where) throws Exception {
    List<Map.Entry<String, JsonNode>> fields = fields(casus);
    int index = which % fields.size();
    Map.Entry<String, JsonNode> repeated = fields.get(index);
    List<Map.Entry<String, JsonNode>> withRepetition = new ArrayList<>(fields);
    withRepetition.add(index + 1 + where % (fields.size() - index), repeated);

    for (ReadResult<Casus> result : readBothWays(casus, text(withRepetition))) {
      assertFalse(result.isValid());
      assertEquals(List.of("JSON-DUPLICATE-KEY"), result.codes(), () -> repeated.getKey() + ": " + result.problems());
      assertEquals("/" + repeated.getKey(), result.problems().get(0).pointer());
    }
  }

  @Property(tries = 300)
  void aRequiredPropertyLeftOutIsReportedAndNoOtherIs(@ForAll("casussen") Casus casus, @ForAll @IntRange(max = 100) int which)
      throws Exception {
    List<Map.Entry<String, JsonNode>> fields = fields(casus);
    Map.Entry<String, JsonNode> left = fields.get(which % fields.size());
    List<Map.Entry<String, JsonNode>> without = new ArrayList<>(fields);
    without.remove(left);
    boolean required = CASUS.attributes().stream().anyMatch(a -> a.name().equals(left.getKey()) && CASUS.isRequired(a));

    for (ReadResult<Casus> result : readBothWays(casus, text(without))) {
      List<String> requiredProblems =
          result.problems().stream().filter(p -> p.code().equals("JSON-REQUIRED")).map(Problem::pointer).toList();
      assertEquals(required ? List.of("/" + left.getKey()) : List.of(), requiredProblems, () -> left.getKey() + ": " + result.problems());
      if (required) {
        assertFalse(result.isValid());
      }
    }
  }

  @Property(tries = 100)
  void everyPropertyOnceReadsBackEqual(@ForAll("casussen") Casus casus) throws Exception {
    for (ReadResult<Casus> result : readBothWays(casus, text(fields(casus)))) {
      assertTrue(result.isValid(), () -> result.problems().toString());
      assertEquals(casus, result.value().orElseThrow());
    }
  }

  @Provide
  Arbitrary<Casus> casussen() {
    return CjgArbitraries.casus();
  }

  private static List<Map.Entry<String, JsonNode>> fields(Casus casus) throws Exception {
    ObjectNode object = (ObjectNode) MAPPER.readTree(WRITER.write(casus));
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
    fields.addAll(object.properties());
    return fields;
  }

  private static String text(List<Map.Entry<String, JsonNode>> fields) throws Exception {
    StringBuilder text = new StringBuilder("{");
    for (Map.Entry<String, JsonNode> field : fields) {
      if (text.length() > 1) {
        text.append(',');
      }
      text.append(MAPPER.writeValueAsString(field.getKey())).append(':').append(MAPPER.writeValueAsString(field.getValue()));
    }
    return text.append('}').toString();
  }

  /** The text read as one document, and as the second line of a stream after a valid first one. */
  private static List<ReadResult<Casus>> readBothWays(Casus valid, String json) {
    String lines = WRITER.write(valid) + "\n" + json + "\n";
    List<ReadResult<Casus>> results = new ArrayList<>();
    results.add(READER.read(json, Casus.class));
    try (Records<Casus> records = READER.readLines(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), Casus.class)) {
      assertTrue(records.next().isValid());
      results.add(records.next().result());
      assertFalse(records.hasNext());
    }
    return results;
  }
}
