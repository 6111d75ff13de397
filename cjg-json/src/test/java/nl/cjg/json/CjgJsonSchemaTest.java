package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import nl.cjg.core.casus.Toestemmer;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import org.junit.jupiter.api.Test;

/** The JSON Schema follows the mapping: properties, required ones, codes, records with their type. */
class CjgJsonSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode parse(String schema) throws Exception {
    return JSON.readTree(schema);
  }

  @Test
  void aValueTypeIsAnObjectWithItsAttributesAndRequiredOnes() throws Exception {
    JsonNode schema = parse(CjgJsonSchema.forType(Kern.class));
    assertEquals(CjgJsonSchema.DIALECT, schema.get("$schema").asText());
    assertEquals("#/$defs/Kern", schema.get("$ref").asText());
    JsonNode kern = schema.get("$defs").get("Kern");
    assertEquals(List.of("naam", "gemeente", "cluster"), names(kern.get("properties")));
    assertEquals("[\"naam\",\"gemeente\"]", kern.get("required").toString());
    assertEquals(false, kern.get("additionalProperties").asBoolean());
    JsonNode written = JSON.readTree(CjgJsonWriter.create().write(BergenKernen.BERGEN));
    assertEquals(names(written), names(kern.get("properties")));
  }

  @Test
  void defaultsAreNotRequiredAndCodesAreListed() throws Exception {
    JsonNode band = parse(CjgJsonSchema.forType(Leeftijdsgroep.class)).get("$defs").get("Leeftijdsgroep");
    assertEquals("[\"van\",\"tot\"]", band.get("required").toString(), "naam has a default");
    assertEquals("integer", band.get("properties").get("van").get("type").asText());
    JsonNode toestemmer = parse(CjgJsonSchema.forType(Toestemmer.class));
    assertEquals("[\"KIND\",\"OUDERS_MET_GEZAG\"]", toestemmer.get("enum").toString());
  }

  @Test
  void aRecordHasItsTypeFirstAndRequired() throws Exception {
    JsonNode casus = parse(CjgJsonSchema.forRecord("casus", RecordTypes.standard()));
    assertEquals("casus", casus.get("properties").get("type").get("const").asText());
    assertEquals("type", names(casus.get("properties")).get(0));
    assertEquals("type", casus.get("required").get(0).asText());
    assertEquals("date", casus.get("properties").get("datumInvulling").get("format").asText());
    assertTrue(casus.get("$defs").has("Kind"));
    assertThrows(IllegalArgumentException.class, () -> CjgJsonSchema.forRecord("kat", RecordTypes.standard()));
  }

  @Test
  void aDatasetLineIsTheHeaderOrOneOfTheRecordTypes() throws Exception {
    JsonNode dataset = parse(CjgJsonSchema.forDataset(RecordTypes.standard()));
    List<String> types = new ArrayList<>();
    dataset.get("oneOf").forEach(line -> types.add(line.get("properties").get("type").get("const").asText()));
    List<String> expected = new ArrayList<>(List.of(RecordTypes.HEADER));
    expected.addAll(RecordTypes.standard().names());
    assertEquals(expected, types);
    assertTrue(dataset.get("$defs").has("Actie") && dataset.get("$defs").has("nl.cjg.core.werkplan.Actie"),
        "two types with one simple name get two definitions");
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
