package nl.cjg.json;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates the JSON Schemas (draft 2020-12) of the dataset format at build time: one per record
 * type of {@link RecordTypes#standard()}, one of the header line ({@value RecordTypes#HEADER}) and
 * one of any record line ({@value CjgSchemas#RECORD}, a {@code oneOf} over {@code type}). victools
 * generates the definitions of all value types in one run, from the codecs (see
 * {@link CodecDefinitions}); each document is the record's object with its {@code type} added and
 * the definitions it reaches. Run by the build in {@code process-classes}; not part of the jar.
 */
public final class CjgSchemaGenerator {
  private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
  private static final String DEFS = "$defs";
  private static final String REF_PREFIX = "#/" + DEFS + "/";

  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, Class<?>> types = new LinkedHashMap<>();
  private final Map<String, ObjectNode> definitions = new TreeMap<>();

  private CjgSchemaGenerator() {
    RecordTypes standard = RecordTypes.standard();
    types.put(RecordTypes.HEADER, DatasetHeader.class);
    standard.names().forEach(name -> types.put(name, standard.type(name).orElseThrow()));
    CodecDefinitions codecs = new CodecDefinitions();
    SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON);
    config.forTypesInGeneral().withCustomDefinitionProvider(codecs).withDefinitionNamingStrategy(codecs);
    SchemaBuilder builder = new SchemaGenerator(config.build()).buildMultipleSchemaDefinitions();
    types.values().forEach(builder::createSchemaReference);
    ObjectNode collected = builder.collectDefinitions(DEFS);
    collected.properties().forEach(entry -> definitions.put(entry.getKey(), (ObjectNode) entry.getValue()));
  }

  /**
   * Writes {@code NAME.schema.json} for every name of {@link CjgSchemas#names()} into a directory,
   * removing schema files of other names.
   *
   * @param args the directory
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CjgSchemaGenerator DIRECTORY");
    }
    Path directory = Path.of(args[0]);
    Files.createDirectories(directory);
    try (DirectoryStream<Path> old = Files.newDirectoryStream(directory, "*" + CjgSchemas.SUFFIX)) {
      for (Path file : old) {
        Files.delete(file);
      }
    }
    for (Map.Entry<String, String> document : generate().entrySet()) {
      Files.writeString(directory.resolve(document.getKey() + CjgSchemas.SUFFIX), document.getValue());
    }
  }

  /** The schema documents by name, in the order of {@link CjgSchemas#names()}, as pretty-printed UTF-8 text. */
  static Map<String, String> generate() {
    CjgSchemaGenerator generator = new CjgSchemaGenerator();
    Map<String, ObjectNode> documents = new LinkedHashMap<>();
    documents.put(RecordTypes.HEADER, generator.document(generator.header()));
    documents.put(CjgSchemas.RECORD, generator.document(generator.anyRecord()));
    for (String name : RecordTypes.standard().names()) {
      documents.put(name, generator.document(generator.record(name)));
    }
    if (!documents.keySet().equals(CjgSchemas.names())) {
      throw new IllegalStateException("CjgSchemas.names() and the generated schemas differ: " + documents.keySet());
    }
    Map<String, String> texts = new LinkedHashMap<>();
    documents.forEach((name, document) -> texts.put(name, generator.text(document)));
    return texts;
  }

  /** The object of a line of record type {@code name}: its {@code type} first, then its attributes. */
  private ObjectNode record(String name) {
    Class<?> type = types.get(name);
    ObjectNode definition = definitions.get(CodecDefinitions.definitionName(type));
    ObjectNode node = json.createObjectNode();
    node.put("title", name);
    node.put(
        "description",
        RecordTypes.HEADER.equals(name)
            ? "The header, the first line of a CJG dataset."
            : "A line of a CJG dataset holding a " + type.getSimpleName() + " (" + type.getName() + ").");
    node.put("type", "object");
    ObjectNode properties = node.putObject("properties");
    properties.putObject(RecordDecoder.TYPE).put("const", name);
    properties.setAll((ObjectNode) definition.get("properties"));
    ArrayNode required = node.putArray("required").add(RecordDecoder.TYPE);
    if (definition.has("required")) {
      required.addAll((ArrayNode) definition.get("required"));
    }
    node.put("additionalProperties", false);
    return node;
  }

  /** The header: a record of type {@value RecordTypes#HEADER} whose version is the one this library reads. */
  private ObjectNode header() {
    ObjectNode node = record(RecordTypes.HEADER);
    ((ObjectNode) node.get("properties")).putObject("schemaVersion").put("type", "integer").put("const", DatasetHeader.SCHEMA_VERSION);
    return node;
  }

  /** Any line after the header: exactly one of the record types, told apart by {@code type}. */
  private ObjectNode anyRecord() {
    ObjectNode node = json.createObjectNode();
    node.put("title", CjgSchemas.RECORD);
    node.put("description", "A line after the header of a CJG dataset: one record of one of the record types, named by its type.");
    ArrayNode alternatives = node.putArray("oneOf");
    RecordTypes.standard().names().forEach(name -> alternatives.add(record(name)));
    return node;
  }

  /** A self-contained document: the dialect, the schema, and the definitions it reaches. */
  private ObjectNode document(ObjectNode schema) {
    ObjectNode document = json.createObjectNode().put("$schema", DRAFT);
    document.setAll(schema);
    Map<String, ObjectNode> reached = new TreeMap<>();
    Deque<JsonNode> pending = new ArrayDeque<>();
    pending.add(schema);
    while (!pending.isEmpty()) {
      JsonNode node = pending.pop();
      JsonNode ref = node.get("$ref");
      if (ref != null) {
        String name = ref.asText().startsWith(REF_PREFIX) ? ref.asText().substring(REF_PREFIX.length()) : "";
        ObjectNode definition = definitions.get(name);
        if (definition == null) {
          throw new IllegalStateException("unresolved reference " + ref.asText());
        }
        if (reached.put(name, definition) == null) {
          pending.add(definition);
        }
      }
      for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
        pending.add(children.next());
      }
    }
    document.putObject(DEFS).setAll(reached);
    return document;
  }

  private String text(ObjectNode document) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    ObjectWriter writer = json.writer(printer);
    try {
      return writer.writeValueAsString(document) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
