package nl.cjg.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12) of the wire format, made from the same mapping the reader and
 * writer use, so that it cannot drift from them: of one value type, of one dataset record type
 * (with its {@code type} property), and of a line of a dataset (the header or any record type).
 *
 * <p>The schema says what the format's shape is: properties and their JSON types, required
 * properties, codes of closed code lists, no other properties. The reader checks more than a
 * schema can say (identifiers' check digits, limits, the business rules), so a document that
 * passes the schema can still have problems. This class is stateless and thread-safe.
 */
public final class CjgJsonSchema {
  /** The JSON Schema dialect of every schema made here. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private CjgJsonSchema() {}

  /**
   * The schema of a value of a type of the model, as {@link CjgJsonWriter} writes it.
   *
   * @param type a value type, identifier, enum or scalar the wire format maps
   * @return the schema as pretty-printed JSON
   * @throws IllegalArgumentException when the type cannot be mapped
   */
  public static String forType(Class<?> type) {
    SchemaContext context = new SchemaContext();
    ObjectNode value = new CodecRegistry().codecFor(type).schema(context);
    ObjectNode schema = document(context, type.getSimpleName());
    schema.setAll(value);
    return finish(schema, context);
  }

  /**
   * The schema of one record of a dataset: the record type's value with its {@code type} property.
   *
   * @param name the record type's name, e.g. {@code casus}
   * @param types the record types of the dataset
   * @return the schema as pretty-printed JSON
   * @throws IllegalArgumentException when {@code types} has no such record type
   */
  public static String forRecord(String name, RecordTypes types) {
    Class<?> type = types.type(name).orElseThrow(() -> new IllegalArgumentException("unknown record type: " + name));
    SchemaContext context = new SchemaContext();
    ObjectNode schema = document(context, name);
    schema.setAll(record(name, type, new CodecRegistry(), context));
    return finish(schema, context);
  }

  /**
   * The schema of one line of a dataset: the header ({@code "type": "dataset"}) or a record of one
   * of the record types, told apart by {@code type}.
   *
   * @param types the record types of the dataset
   * @return the schema as pretty-printed JSON
   */
  public static String forDataset(RecordTypes types) {
    SchemaContext context = new SchemaContext();
    CodecRegistry registry = new CodecRegistry();
    ObjectNode schema = document(context, "dataset line");
    ArrayNode lines = schema.putArray("oneOf");
    lines.add(record(RecordTypes.HEADER, DatasetHeader.class, registry, context));
    for (String name : types.names()) {
      lines.add(record(name, types.type(name).orElseThrow(), registry, context));
    }
    return finish(schema, context);
  }

  private static ObjectNode document(SchemaContext context, String title) {
    return context.object().put("$schema", DIALECT).put("title", title);
  }

  /** The value's definition with {@code type} as its first, required property. */
  private static ObjectNode record(String name, Class<?> type, CodecRegistry registry, SchemaContext context) {
    ObjectNode reference = registry.codecFor(type).schema(context);
    String definition = reference.get("$ref").asText().substring("#/$defs/".length());
    ObjectNode value = (ObjectNode) context.definitions().get(definition);
    ObjectNode record = value.deepCopy();
    ObjectNode properties = context.object();
    properties.putObject(RecordDecoder.TYPE).put("const", name);
    properties.setAll((ObjectNode) value.get("properties").deepCopy());
    record.set("properties", properties);
    ArrayNode required = context.object().arrayNode().add(RecordDecoder.TYPE);
    if (value.has("required")) {
      required.addAll((ArrayNode) value.get("required"));
    }
    record.set("required", required);
    record.put("additionalProperties", false);
    return record;
  }

  private static String finish(ObjectNode schema, SchemaContext context) {
    if (!context.definitions().isEmpty()) {
      schema.set("$defs", context.definitions());
    }
    return schema.toPrettyString();
  }
}
