package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import nl.cjg.core.casus.Leefgebied;

/**
 * The JSON Schemas shipped in the jar: committed in {@code docs/schema/}, valid draft 2020-12, and
 * in agreement with the writer (what it writes is valid) and the reader (what the schema refuses,
 * the reader refuses too).
 */
class SchemaTest {
  private static final Path DOCS = Path.of("..", "docs", "schema");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<Object> EXAMPLES =
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

  @Test
  void theCommittedSchemasAreTheGeneratedOnes() throws IOException {
    String hint =
        "docs/schema/ differs from the schemas the build generates; regenerate them with "
            + "`mvn -B -pl cjg-json -am test-compile && cp cjg-json/target/classes/nl/cjg/json/schema/*.schema.json docs/schema/`";
    Set<String> committed;
    try (Stream<Path> files = Files.list(DOCS)) {
      committed = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(CjgSchemas.SUFFIX)).collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(CjgSchemas.names().stream().map(name -> name + CjgSchemas.SUFFIX).collect(Collectors.toCollection(TreeSet::new)), committed, hint);
    Map<String, String> generated = CjgSchemaGenerator.generate();
    assertEquals(List.copyOf(CjgSchemas.names()), List.copyOf(generated.keySet()));
    for (String name : CjgSchemas.names()) {
      String committedSchema = Files.readString(DOCS.resolve(name + CjgSchemas.SUFFIX));
      assertEquals(committedSchema, generated.get(name), name + ": " + hint);
      assertEquals(committedSchema, CjgSchemas.schema(name), name + " in the jar: " + hint);
    }
  }

  @Test
  void thereIsASchemaOfTheHeaderOfAnyRecordAndOfEachRecordType() {
    List<String> expected = new ArrayList<>(List.of("dataset", "record"));
    expected.addAll(RecordTypes.standard().names());
    assertEquals(expected, List.copyOf(CjgSchemas.names()));
    assertTrue(CjgSchemas.schema("casus").startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> CjgSchemas.schema("kern"));
    assertTrue(unknown.getMessage().contains("casus"), unknown.getMessage());
  }

  @Test
  void everySchemaIsAValidDraft202012Schema() {
    var metaSchema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    for (String name : CjgSchemas.names()) {
      assertEquals(Set.of(), metaSchema.validate(CjgSchemas.schema(name), InputFormat.JSON), name);
    }
  }

  @Test
  void whatTheWriterWritesIsValid() {
    List<String> lines = JsonSchemas.datasetLines(EXAMPLES);
    assertEquals(Set.of(), JsonSchemas.errors("dataset", lines.get(0)));
    assertFalse(JsonSchemas.errors("record", lines.get(0)).isEmpty(), "the header is no record");
    for (int i = 1; i < lines.size(); i++) {
      String type = RecordTypes.standard().name(EXAMPLES.get(i - 1).getClass()).orElseThrow();
      assertEquals(Set.of(), JsonSchemas.errors(type, lines.get(i)), type);
      assertEquals(Set.of(), JsonSchemas.errors("record", lines.get(i)), type);
      assertFalse(JsonSchemas.errors(type.equals("casus") ? "signaal" : "casus", lines.get(i)).isEmpty(), "another type's schema refuses " + type);
    }
  }

  @Test
  void onlyAttributesAreProperties() throws IOException {
    JsonNode casus = JSON.readTree(CjgSchemas.schema("casus"));
    assertTrue(casus.get("properties").has("kenmerk"));
    assertFalse(casus.get("properties").has("anoniem"), "Casus.isAnoniem() is derived, no attribute");
    assertFalse(casus.get("properties").has("isAnoniem"));
    JsonNode periode = JSON.readTree(CjgSchemas.schema("record")).get("$defs").get("tijd.Periode").get("properties");
    assertEquals(List.of("van", "totEnMet", "openEinde"), names(periode));
    JsonNode schets = casus.get("properties").get("schets");
    assertFalse(schets.get("additionalProperties").asBoolean(), "a map with enum keys has only the codes");
    assertEquals(
        Stream.of(Leefgebied.values()).map(Leefgebied::name).toList(), names(schets.get("properties")));
  }

  @Test
  void theSchemaDescribesStructureNotBusinessRules() {
    String line = JsonSchemas.datasetLines(List.of(ModelExamples.signaal())).get(1).replace("999990020", "123456789");
    assertEquals(Set.of(), JsonSchemas.errors("signaal", line));
    assertEquals(List.of("BSN-001"), readerCodes(line));
  }

  /** A bad record: the schema to check it with, how to spoil a written example, and the reader's code. */
  record BadRecord(String description, String schema, int example, Consumer<ObjectNode> spoil, String code) {
    @Override
    public String toString() {
      return description;
    }
  }

  static Stream<BadRecord> badRecords() {
    return Stream.of(
        new BadRecord("unknown property", "partner", 0, partner -> partner.put("telefoon", "x"), "JSON-UNKNOWN-PROPERTY"),
        new BadRecord("class name", "partner", 0, partner -> partner.put("@class", "java.lang.ProcessBuilder"), "JSON-UNKNOWN-PROPERTY"),
        new BadRecord(
            "unknown nested property", "partner", 0, partner -> ((ObjectNode) partner.withArray("kernen").get(0)).put("wijk", "x"), "JSON-UNKNOWN-PROPERTY"),
        new BadRecord("missing required", "partner", 0, partner -> partner.remove("rol"), "JSON-REQUIRED"),
        new BadRecord(
            "missing nested required", "partner", 0, partner -> ((ObjectNode) partner.withArray("kernen").get(0)).remove("gemeente"), "JSON-REQUIRED"),
        new BadRecord("string for integer", "partner", 0, partner -> van(partner).put("van", "7"), "JSON-TYPE"),
        new BadRecord("fraction for integer", "partner", 0, partner -> van(partner).put("van", 7.5), "JSON-INTEGER"),
        new BadRecord("integer out of range", "partner", 0, partner -> van(partner).put("van", 2147483648L), "JSON-RANGE"),
        new BadRecord("object for array", "partner", 0, partner -> partner.putObject("disciplines"), "JSON-TYPE"),
        new BadRecord("null optional", "partner", 0, partner -> partner.putNull("website"), "JSON-NULL"),
        new BadRecord("unknown code", "partner", 0, partner -> partner.put("rol", "kernpartner"), "JSON-CODE"),
        new BadRecord("number for code", "partner", 0, partner -> partner.put("rol", 1), "JSON-TYPE"),
        new BadRecord("duplicate in a set", "partner", 0, partner -> partner.withArray("disciplines").add("JEUGDGEZONDHEIDSZORG").add("JEUGDGEZONDHEIDSZORG"), "JSON-DUPLICATE-ELEMENT"),
        new BadRecord("AGB-code pattern", "partner", 0, partner -> partner.put("agbCode", "1234567"), "AGB-S01"),
        new BadRecord("municipality code pattern", "populatie", 1, populatie -> populatie.put("gemeente", "0373"), "GEMEENTECODE-S01"),
        new BadRecord("BSN pattern", "signaal", 9, signaal -> signaal.put("bsn", "12345678X"), "BSN-S01"),
        new BadRecord("date format", "signaal", 9, signaal -> signaal.put("geboortedatum", "01-04-2012"), "JSON-FORMAT"),
        new BadRecord("impossible date", "signaal", 9, signaal -> signaal.put("geboortedatum", "2012-02-30"), "JSON-NO-SUCH-DATE"),
        new BadRecord("unknown record type", "record", 0, partner -> partner.put("type", "onbekend"), "DATASET-TYPE"),
        new BadRecord("record without type", "record", 0, partner -> partner.remove("type"), "DATASET-TYPE"),
        new BadRecord("another type's attributes", "record", 0, partner -> partner.put("type", "signaal"), "JSON-UNKNOWN-PROPERTY"));
  }

  @ParameterizedTest
  @MethodSource("badRecords")
  void theSchemaAndTheReaderRefuseTheSameRecords(BadRecord bad) throws IOException {
    ObjectNode line = (ObjectNode) JSON.readTree(JsonSchemas.datasetLines(List.of(EXAMPLES.get(bad.example()))).get(1));
    bad.spoil().accept(line);
    String text = JSON.writeValueAsString(line);
    assertFalse(JsonSchemas.errors(bad.schema(), text).isEmpty(), "the schema " + bad.schema() + " refuses it");
    assertFalse(JsonSchemas.errors("record", text).isEmpty(), "the record schema refuses it");
    assertTrue(readerCodes(text).contains(bad.code()), () -> "the reader refuses it with " + bad.code() + ": " + readerCodes(text));
  }

  @Test
  void theSchemaAndTheReaderRefuseTheSameHeaders() throws IOException {
    ObjectNode header = (ObjectNode) JSON.readTree(JsonSchemas.datasetLines(List.of()).get(0));
    assertEquals(Set.of(), JsonSchemas.errors("dataset", JSON.writeValueAsString(header)));
    for (Consumer<ObjectNode> spoil :
        List.<Consumer<ObjectNode>>of(
            h -> h.put("schemaVersion", 2), h -> h.remove("peildatum"), h -> h.put("gemeente", "GM373"), h -> h.put("type", "casus"), h -> h.put("x", 1))) {
      ObjectNode spoilt = header.deepCopy();
      spoil.accept(spoilt);
      String text = JSON.writeValueAsString(spoilt);
      assertFalse(JsonSchemas.errors("dataset", text).isEmpty(), text);
      try (DatasetRecords dataset = CjgJsonReader.create().readDataset(new ByteArrayInputStream((text + "\n").getBytes(StandardCharsets.UTF_8)))) {
        assertFalse(dataset.header().isValid(), text);
      }
    }
  }

  private static ObjectNode van(ObjectNode partner) {
    return (ObjectNode) partner.withArray("leeftijdsgroepen").get(0);
  }

  /** The codes of the problems the default reader finds with a record line of a dataset. */
  private static List<String> readerCodes(String line) {
    String dataset = JsonSchemas.datasetLines(List.of()).get(0) + "\n" + line + "\n";
    try (DatasetRecords records = CjgJsonReader.create().readDataset(new ByteArrayInputStream(dataset.getBytes(StandardCharsets.UTF_8)))) {
      assertTrue(records.header().isValid());
      RecordResult<Object> record = records.next();
      assertFalse(records.hasNext());
      return record.problems().stream().map(Problem::code).toList();
    }
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
