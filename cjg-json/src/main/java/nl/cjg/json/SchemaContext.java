package nl.cjg.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Collects the JSON Schema of the codecs while they describe themselves: the definitions of the
 * value types (each once, also when types refer to themselves) and the schema of each kind of text.
 * Not thread-safe: one per schema.
 */
final class SchemaContext {
  private final JsonNodeFactory nodes = JsonNodeFactory.instance;
  private final ObjectNode definitions = nodes.objectNode();
  private final Map<Class<?>, String> names = new HashMap<>();
  private final Set<String> taken = new HashSet<>();

  ObjectNode object() {
    return nodes.objectNode();
  }

  ObjectNode definitions() {
    return definitions;
  }

  /**
   * The definition name of a value type, reserving it on first use: the simple name, or the
   * package-qualified name when another type has the same simple name.
   *
   * @return the name, and whether the type still has to be described
   */
  Definition definition(Class<?> type) {
    String known = names.get(type);
    if (known != null) {
      return new Definition(known, false);
    }
    String name = taken.contains(type.getSimpleName()) ? type.getName() : type.getSimpleName();
    names.put(type, name);
    taken.add(name);
    definitions.putObject(name);
    return new Definition(name, true);
  }

  record Definition(String name, boolean isNew) {}

  ObjectNode reference(String name) {
    return object().put("$ref", "#/$defs/" + name);
  }

  /** The schema of a JSON string of this kind. */
  ObjectNode text(ValueKind kind) {
    ObjectNode schema = object().put("type", "string");
    switch (kind) {
      case DATE -> schema.put("format", "date");
      case MONTH -> schema.put("pattern", "^[0-9]{4}-[0-9]{2}$");
      case DURATION -> schema.put("format", "duration");
      case URI -> schema.put("format", "uri");
      default -> {
        // any text; the reader checks the rest
      }
    }
    return schema;
  }

  /** The schema of a JSON integer, with bounds when given. */
  ObjectNode integer(Long minimum, Long maximum) {
    ObjectNode schema = object().put("type", "integer");
    if (minimum != null) {
      schema.put("minimum", minimum);
    }
    if (maximum != null) {
      schema.put("maximum", maximum);
    }
    return schema;
  }

  ObjectNode type(String type) {
    return object().put("type", type);
  }
}
