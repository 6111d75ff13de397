package nl.cjg.json;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.cjg.core.id.GemeenteCode;

/**
 * The shipped schemas, loaded into an independent validator (networknt, draft 2020-12, formats
 * asserted), and dataset lines as the writer writes them.
 */
final class JsonSchemas {
  /** The header of the datasets written here. */
  static final DatasetHeader HEADER = DatasetHeader.of(GemeenteCode.BERGEN_NH, LocalDate.of(2012, 1, 1));

  private static final Map<String, JsonSchema> SCHEMAS = load();

  private JsonSchemas() {}

  private static Map<String, JsonSchema> load() {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    Map<String, JsonSchema> schemas = new HashMap<>();
    for (String name : CjgSchemas.names()) {
      schemas.put(name, factory.getSchema(CjgSchemas.schema(name), InputFormat.JSON, config));
    }
    return Map.copyOf(schemas);
  }

  /** What the schema of {@code name} finds wrong with a JSON text; empty when it is valid. */
  static Set<String> errors(String name, String json) {
    return SCHEMAS.get(name).validate(json, InputFormat.JSON).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
  }

  /** The lines of a dataset with {@link #HEADER} and these records, as the writer writes them. */
  static List<String> datasetLines(List<?> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer = CjgJsonWriter.create().writeDataset(out, HEADER)) {
      records.forEach(writer::write);
    }
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
