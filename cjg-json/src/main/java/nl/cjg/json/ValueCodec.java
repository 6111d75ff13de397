package nl.cjg.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.cjg.core.InvalidValueException;

/**
 * An Immutables value type as a JSON object, read straight into its generated builder.
 *
 * <p>For an abstract type {@code X} with generated {@code ImmutableX}, the attributes are the
 * methods {@code name(T)} of the builder {@code X.builder()} returns that have a matching public
 * no-argument accessor {@code name()} on {@code X} or its supertypes; {@code @Value.Default}
 * attributes included, derived and lazy ones (which have no builder method) left out. Properties
 * are written in declaration order (see {@link #accessors}); absent optionals are omitted, collections always
 * written (empty as {@code []}). Which attributes are required is learnt once by building an
 * empty builder. Reading refuses unknown properties (unless the reader ignores them: then it
 * still refuses an unknown property given twice and skips its value as strictly as it reads),
 * duplicate properties, {@code null} and missing required attributes, and reports a broken
 * {@code @Value.Check} with its code. Built once per type (see {@link #initialize}), then
 * immutable and thread-safe.
 *
 * @param <T> the abstract value type
 */
final class ValueCodec<T> extends Codec<T> {
  private static final String MISSING_LIST_START = "[";

  private final Class<T> type;
  private final Class<?> implementation;
  private MethodHandle newBuilder;
  private MethodHandle build;
  private Attribute[] attributes;
  private Map<String, Attribute> byName;
  private boolean[] required;

  private ValueCodec(Class<T> type, Class<?> implementation) {
    this.type = type;
    this.implementation = implementation;
  }

  /**
   * The generated implementation {@code ImmutableX} of an abstract value type {@code X} (also for
   * a nested {@code Outer.X}, generated as {@code ImmutableX} or {@code ImmutableOuter.X}).
   */
  static Optional<Class<?>> implementation(Class<?> type) {
    if (type.isPrimitive() || type.isArray() || !Modifier.isAbstract(type.getModifiers())) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    names.add(type.getPackageName() + ".Immutable" + type.getSimpleName());
    if (type.getEnclosingClass() != null) {
      names.add(type.getPackageName() + ".Immutable" + type.getEnclosingClass().getSimpleName() + "$" + type.getSimpleName());
    }
    for (String name : names) {
      try {
        Class<?> candidate = Class.forName(name, false, type.getClassLoader());
        if (type.isAssignableFrom(candidate)) {
          return Optional.of(candidate);
        }
      } catch (ClassNotFoundException e) {
        // not generated under this name: try the next
      }
    }
    return Optional.empty();
  }

  /** A codec not yet usable: {@link #initialize} must run before it is published. */
  static <T> ValueCodec<T> shell(Class<T> type, Class<?> implementation) {
    return new ValueCodec<>(type, implementation);
  }

  /** Finds the attributes and their codecs; may ask {@code registry} for this very codec (recursion). */
  void initialize(CodecRegistry registry) {
    if (type.getTypeParameters().length > 0) {
      throw new IllegalArgumentException("the generic type " + type.getName() + " cannot be mapped to JSON: its type arguments are unknown");
    }
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    try {
      Method builderMethod = type.getMethod("builder");
      Class<?> builderType = builderMethod.getReturnType();
      newBuilder = lookup.unreflect(builderMethod).asType(MethodType.methodType(Object.class));
      build = lookup.unreflect(builderType.getMethod("build")).asType(MethodType.methodType(Object.class, Object.class));
      List<Attribute> found = new ArrayList<>();
      for (Method accessor : accessors(type, implementation)) {
        attribute(accessor, builderType, found.size(), registry, lookup).ifPresent(found::add);
      }
      attributes = found.toArray(new Attribute[0]);
      if (attributes.length > Long.SIZE) {
        throw new IllegalArgumentException(type.getName() + " cannot be mapped to JSON: it has more than " + Long.SIZE + " attributes");
      }
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalArgumentException(type.getName() + " is not a mappable value type", e);
    }
    byName = new HashMap<>();
    for (Attribute attribute : attributes) {
      byName.put(attribute.name(), attribute);
    }
    required = requiredAttributes();
  }

  /** The type's simple name, as problem messages name it. */
  String typeName() {
    return type.getSimpleName();
  }

  /** The attributes, in the order they are written. */
  List<Attribute> attributes() {
    return List.of(attributes);
  }

  /** Whether reading refuses an object without this attribute (neither optional, defaulted nor a collection). */
  boolean isRequired(Attribute attribute) {
    return required[attribute.index()];
  }

  /** Whether the type has an attribute of this name. */
  boolean hasAttribute(String name) {
    return byName.containsKey(name);
  }

  @Override
  T read(JsonParser parser, ReadContext context) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      return context.wrongType(parser, ValueKind.OBJECT);
    }
    return readProperties(parser, context, null, false);
  }

  /**
   * Reads the remaining properties of an object whose start was already read, up to its end.
   *
   * @param discriminator a property that is not an attribute but allowed once (a record's
   *     {@code type}); null for none
   * @param discriminatorSeen whether the discriminator was already read
   */
  T readProperties(JsonParser parser, ReadContext context, String discriminator, boolean discriminatorSeen)
      throws IOException {
    Object builder = invoke(newBuilder);
    long seen = 0; // bit i: attribute i was read (at most 64 attributes, checked when initialised)
    boolean failed = false;
    boolean discriminatorFound = discriminatorSeen;
    Set<String> unknownNames = null;
    int next = 0; // where the writer's order puts the next attribute
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      Attribute attribute = attribute(parser.currentName(), next);
      if (attribute == null) {
        boolean isDiscriminator = parser.currentName().equals(discriminator);
        if (isDiscriminator && discriminatorFound) {
          parser.nextToken();
          context.report(parser, ProblemCode.DUPLICATE_KEY);
          failed = true;
        } else if (isDiscriminator) {
          discriminatorFound = true;
          parser.nextToken();
        } else if (context.settings().ignoreUnknownProperties()) {
          unknownNames = unknownNames == null ? new HashSet<>() : unknownNames;
          boolean repeated = !unknownNames.add(parser.currentName());
          parser.nextToken();
          if (repeated) {
            context.report(parser, ProblemCode.DUPLICATE_KEY);
            failed = true;
          }
          failed |= SkippedValue.skip(parser, context);
          continue;
        } else {
          context.report(parser, ReadContext.objectPointer(parser), ProblemCode.UNKNOWN_PROPERTY, typeName());
          parser.nextToken();
          failed = true;
        }
        parser.skipChildren();
        continue;
      }
      JsonToken token = parser.nextToken();
      next = attribute.index() + 1;
      long bit = 1L << attribute.index();
      if ((seen & bit) != 0) {
        context.report(parser, ProblemCode.DUPLICATE_KEY);
        parser.skipChildren();
        failed = true;
        continue;
      }
      seen |= bit;
      if (token == JsonToken.VALUE_NULL) {
        if (!attribute.optional() || !context.settings().nullAsAbsent()) {
          context.report(parser, ProblemCode.NULL);
          failed = true;
        }
        continue;
      }
      Object value = attribute.codec().read(parser, context);
      if (value == null) {
        failed = true;
      } else if (!failed) {
        attribute.set(builder, value);
      }
    }
    for (Attribute attribute : attributes) {
      if (required[attribute.index()] && (seen & (1L << attribute.index())) == 0) {
        context.report(parser, ReadContext.pointer(parser) + "/" + attribute.name(), ProblemCode.REQUIRED, attribute.name());
        failed = true;
      }
    }
    if (failed) {
      return null;
    }
    try {
      return type.cast(invoke(build, builder));
    } catch (InvalidValueException e) {
      context.invalid(parser, ReadContext.pointer(parser), e);
      return null;
    }
  }

  /**
   * The attribute of a property name, or null when there is none: compared first with the
   * attributes from {@code from} on, since the writer writes them in their order (skipping absent
   * optionals), then looked up by name, for objects in any other order.
   */
  private Attribute attribute(String name, int from) {
    for (int i = from; i < attributes.length; i++) {
      if (attributes[i].name().equals(name)) {
        return attributes[i];
      }
    }
    return byName.get(name);
  }

  @Override
  void write(JsonGenerator generator, T value) throws IOException {
    generator.writeStartObject(value);
    writeProperties(generator, value);
    generator.writeEndObject();
  }

  /** Writes the attributes of a value into an object already started. */
  void writeProperties(JsonGenerator generator, Object value) throws IOException {
    for (Attribute attribute : attributes) {
      attribute.write(generator, value);
    }
  }

  /** Learns the required attributes from the message of an empty builder's {@code build()}. */
  private boolean[] requiredAttributes() {
    boolean[] result = new boolean[attributes.length];
    try {
      invoke(build, invoke(newBuilder));
    } catch (IllegalStateException e) {
      String message = String.valueOf(e.getMessage());
      int start = message.lastIndexOf(MISSING_LIST_START);
      Set<String> missing = new HashSet<>();
      if (start >= 0 && message.endsWith("]")) {
        for (String name : message.substring(start + 1, message.length() - 1).split(",")) {
          missing.add(name.strip());
        }
      }
      for (Attribute attribute : attributes) {
        result[attribute.index()] = missing.contains(attribute.name());
      }
    } catch (InvalidValueException e) {
      // the defaults break an invariant: nothing is required by the builder itself
    }
    return result;
  }

  private static Optional<Attribute> attribute(
      Method accessor, Class<?> builderType, int index, CodecRegistry registry, MethodHandles.Lookup lookup)
      throws IllegalAccessException {
    Type generic = accessor.getGenericReturnType();
    Class<?> raw = accessor.getReturnType();
    boolean optional = raw == Optional.class;
    Type content = optional ? argument(generic) : generic;
    Optional<MethodHandle> setter = setter(builderType, accessor.getName(), optional, raw, content, lookup);
    if (setter.isEmpty()) {
      if (Modifier.isAbstract(accessor.getModifiers())) {
        throw new IllegalArgumentException("no builder method for the attribute " + accessor.getName() + " of " + accessor.getDeclaringClass().getName());
      }
      return Optional.empty(); // a derived, lazy or helper method: not an attribute
    }
    MethodHandle getter = lookup.unreflect(accessor).asType(MethodType.methodType(Object.class, Object.class));
    MethodHandle set = setter.get().asType(MethodType.methodType(void.class, Object.class, Object.class));
    return Optional.of(new Attribute(accessor.getName(), index, optional, content, getter, set, registry.codecFor(content)));
  }

  /**
   * The builder method that sets an attribute from its (content) value: {@code name(T)}; for an
   * optional also {@code name(t)} with a primitive {@code t}, or {@code name(Optional<T>)} fed
   * through {@code Optional.of}; for a collection {@code name(Iterable)}.
   */
  private static Optional<MethodHandle> setter(
      Class<?> builderType, String name, boolean optional, Class<?> raw, Type content, MethodHandles.Lookup lookup)
      throws IllegalAccessException {
    List<Class<?>> parameters = new ArrayList<>();
    if (optional) {
      Class<?> contentClass = CodecRegistry.rawClass(content);
      parameters.add(contentClass);
      MethodType unboxed = MethodType.methodType(contentClass).unwrap();
      if (unboxed.returnType() != contentClass) {
        parameters.add(unboxed.returnType());
      }
    } else {
      parameters.add(Collection.class.isAssignableFrom(raw) ? Iterable.class : raw);
    }
    for (Class<?> parameter : parameters) {
      try {
        return Optional.of(lookup.unreflect(builderType.getMethod(name, parameter)));
      } catch (NoSuchMethodException e) {
        // try the next form
      }
    }
    if (optional) {
      try {
        MethodHandle wrapping = lookup.unreflect(builderType.getMethod(name, Optional.class));
        MethodHandle of = lookup.findStatic(Optional.class, "of", MethodType.methodType(Optional.class, Object.class));
        return Optional.of(MethodHandles.filterArguments(wrapping, 1, of));
      } catch (NoSuchMethodException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Type argument(Type generic) {
    if (generic instanceof ParameterizedType) {
      return ((ParameterizedType) generic).getActualTypeArguments()[0];
    }
    throw new IllegalArgumentException("a raw Optional cannot be mapped");
  }

  /**
   * Public no-argument instance accessors of the type and its supertypes, once each, in the order
   * of the attribute fields of the generated implementation — which is the declaration order, as
   * the JVM reports fields in class-file order (unlike methods). Accessors without such a field
   * follow by name, so the order is always deterministic.
   */
  private static List<Method> accessors(Class<?> type, Class<?> implementation) {
    List<Method> result = new ArrayList<>();
    collect(type, new HashSet<>(), result);
    Map<String, Integer> fieldOrder = new HashMap<>();
    for (Field field : implementation.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        fieldOrder.putIfAbsent(field.getName(), fieldOrder.size());
      }
    }
    result.sort(
        Comparator.comparing((Method method) -> fieldOrder.getOrDefault(method.getName(), Integer.MAX_VALUE))
            .thenComparing(Method::getName));
    return result;
  }

  private static void collect(Class<?> type, Set<String> names, List<Method> result) {
    if (type == null || type == Object.class) {
      return;
    }
    for (Method method : type.getDeclaredMethods()) {
      int modifiers = method.getModifiers();
      boolean accessor =
          Modifier.isPublic(modifiers)
              && !Modifier.isStatic(modifiers)
              && !method.isSynthetic()
              && !method.isBridge()
              && method.getParameterCount() == 0
              && method.getReturnType() != void.class;
      if (accessor && names.add(method.getName())) {
        result.add(method);
      }
    }
    collect(type.getSuperclass(), names, result);
    for (Class<?> implemented : type.getInterfaces()) {
      collect(implemented, names, result);
    }
  }

  private static Object invoke(MethodHandle handle) {
    try {
      return (Object) handle.invokeExact();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("builder() failed", e);
    }
  }

  private static Object invoke(MethodHandle handle, Object argument) {
    try {
      return (Object) handle.invokeExact(argument);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("build() failed", e);
    }
  }
}
