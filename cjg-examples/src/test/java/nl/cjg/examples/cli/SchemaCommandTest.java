package nl.cjg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code cjg schema}: the schema of a dataset line or a record type; every reference line fits its shape. */
class SchemaCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyLineOfTheReferenceDatasetHasOnlyPropertiesItsSchemaKnows() throws Exception {
    Run records = Run.of("schema");
    assertEquals(ExitCodes.OK, records.exitCode(), records.err());
    Map<String, JsonNode> byType = new HashMap<>();
    JSON.readTree(records.out()).get("oneOf").forEach(line -> byType.put(line.get("properties").get("type").get("const").asText(), line));
    byType.put("dataset", JSON.readTree(Run.of("schema", "dataset").out()));
    for (String line : Datasets.bergenLines()) {
      JsonNode record = JSON.readTree(line);
      JsonNode recordSchema = byType.get(record.get("type").asText());
      record.fieldNames().forEachRemaining(name -> assertTrue(recordSchema.get("properties").has(name), name));
      recordSchema.get("required").forEach(required -> assertTrue(record.has(required.asText()), required.asText()));
    }
  }

  @Test
  void oneRecordType() throws Exception {
    Run run = Run.of("schema", "casusoverleg");
    assertEquals(ExitCodes.OK, run.exitCode());
    assertEquals("casusoverleg", JSON.readTree(run.out()).get("title").asText());
  }

  @Test
  void anUnknownTypeIsAUsageError() {
    Run run = Run.of("schema", "kat");
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode());
    assertTrue(run.errIsOneCleanLine(), run.err());
    assertTrue(run.err().contains("casus"), run.err());
  }
}
