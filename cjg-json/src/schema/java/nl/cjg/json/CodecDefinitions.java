package nl.cjg.json;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomDefinitionProviderV2;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.impl.DefinitionKey;
import com.github.victools.jsonschema.generator.naming.SchemaDefinitionNamingStrategy;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Set;

/**
 * Tells victools the schema of every type from the codec that {@link CodecRegistry} uses to read
 * and write it, so that the schema and the wire format cannot drift apart: a value type is an
 * object of exactly its {@link ValueCodec#attributes()} (required as the reader requires them,
 * nothing else allowed), an enum its codes, an identifier or JDK scalar its {@link LeafSchemas}
 * entry. Lists and sets become arrays (a set's items unique), maps objects (with an enum key: one
 * property per code). Value types, enums and identifiers become named definitions
 * ({@code #/$defs/casus.Casus}); victools collects them and resolves recursion.
 */
final class CodecDefinitions implements CustomDefinitionProviderV2, SchemaDefinitionNamingStrategy {
  private static final String MODEL_PACKAGE = "nl.cjg.core.";
  private static final String LIBRARY_PACKAGE = "nl.cjg.";

  private final CodecRegistry registry = new CodecRegistry();

  @Override
  public CustomDefinition provideCustomSchemaDefinition(ResolvedType javaType, SchemaGenerationContext context) {
    Class<?> type = javaType.getErasedType();
    Codec<?> codec = registry.codecFor(type);
    if (codec instanceof ValueCodec<?>) {
      return named(valueType((ValueCodec<?>) codec, context));
    }
    if (codec instanceof EnumCodec<?>) {
      ObjectNode node = context.getGeneratorConfig().createObjectNode().put("type", "string");
      ((EnumCodec<?>) codec).codes().forEach(node.putArray("enum")::add);
      return named(node);
    }
    ObjectNode leaf =
        LeafSchemas.of(type)
            .orElseThrow(() -> new IllegalStateException("no schema for " + type.getName() + ": add it to LeafSchemas"));
    return codec instanceof IdentifierCodec<?>
        ? named(leaf)
        : new CustomDefinition(leaf, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.NO);
  }

  /** {@code casus.Casus} for {@code nl.cjg.core.casus.Casus}, {@code json.DatasetHeader} for this module's header. */
  @Override
  public String getDefinitionNameForKey(DefinitionKey key, SchemaGenerationContext context) {
    return definitionName(key.getType().getErasedType());
  }

  /** The name of a type's definition in {@code $defs}. */
  static String definitionName(Class<?> type) {
    String name = type.getName().replace('$', '.');
    if (name.startsWith(MODEL_PACKAGE)) {
      return name.substring(MODEL_PACKAGE.length());
    }
    return name.startsWith(LIBRARY_PACKAGE) ? name.substring(LIBRARY_PACKAGE.length()) : name;
  }

  private static CustomDefinition named(ObjectNode node) {
    return new CustomDefinition(node, CustomDefinition.DefinitionType.ALWAYS_REF, CustomDefinition.AttributeInclusion.NO);
  }

  private ObjectNode valueType(ValueCodec<?> codec, SchemaGenerationContext context) {
    ObjectNode node = context.getGeneratorConfig().createObjectNode().put("type", "object");
    ObjectNode properties = node.putObject("properties");
    ArrayNode required = context.getGeneratorConfig().createArrayNode();
    for (Attribute attribute : codec.attributes()) {
      properties.set(attribute.name(), schema(attribute.type(), context));
      if (codec.isRequired(attribute)) {
        required.add(attribute.name());
      }
    }
    if (!required.isEmpty()) {
      node.set("required", required);
    }
    return node.put("additionalProperties", false);
  }

  /** The schema of an attribute's (content) type, mapped as {@link CodecRegistry#codecFor(Type)} maps it. */
  private ObjectNode schema(Type type, SchemaGenerationContext context) {
    if (!(type instanceof ParameterizedType)) {
      return context.createDefinitionReference(context.getTypeContext().resolve(type));
    }
    Class<?> raw = CodecRegistry.rawClass(type);
    Type[] arguments = ((ParameterizedType) type).getActualTypeArguments();
    ObjectNode node = context.getGeneratorConfig().createObjectNode();
    if (raw == Map.class) {
      return map(node, arguments[0], arguments[1], context);
    }
    node.put("type", "array").set("items", schema(arguments[0], context));
    if (Set.class.isAssignableFrom(raw)) {
      node.put("uniqueItems", true);
    }
    return node;
  }

  /** A map: with enum keys one optional property per code, otherwise any key of the key's text form. */
  private ObjectNode map(ObjectNode node, Type key, Type value, SchemaGenerationContext context) {
    node.put("type", "object");
    Class<?> keyType = CodecRegistry.rawClass(key);
    Codec<?> keyCodec = registry.codecFor(keyType);
    if (keyCodec instanceof EnumCodec<?>) {
      ObjectNode properties = node.putObject("properties");
      for (String code : ((EnumCodec<?>) keyCodec).codes()) {
        properties.set(code, schema(value, context));
      }
      return node.put("additionalProperties", false);
    }
    if (keyType != String.class) {
      ObjectNode names = context.getGeneratorConfig().createObjectNode();
      names.setAll(LeafSchemas.of(keyType).orElseThrow(() -> new IllegalStateException("no schema for map keys of " + keyType.getName())));
      names.remove("type");
      node.set("propertyNames", names);
    }
    node.set("additionalProperties", schema(value, context));
    return node;
  }
}
