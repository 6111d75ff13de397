package nl.cjg.json;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds and caches the codec of each type: JDK scalars, identifiers, enums, value types and their
 * lists and sets. Codecs of value types are built once, including recursive ones (a type that
 * holds itself), and published only when complete. Thread-safe.
 */
final class CodecRegistry {
  private final Map<Class<?>, Codec<?>> codecs = new ConcurrentHashMap<>();
  private final Map<Class<?>, ValueCodec<?>> building = new HashMap<>();

  /**
   * The codec of a class, which may be the abstract value type or its generated {@code Immutable}
   * implementation.
   *
   * @throws IllegalArgumentException when the type cannot be mapped to JSON (a programming error)
   */
  @SuppressWarnings("unchecked")
  <T> Codec<T> codecFor(Class<T> type) {
    Codec<?> codec = codecs.get(type);
    if (codec == null) {
      synchronized (this) {
        codec = build(type);
      }
    }
    return (Codec<T>) codec;
  }

  /** The codec of the class of a value to be written. */
  Codec<Object> codecForValue(Object value) {
    return untypedCodecFor(value instanceof Enum<?> ? ((Enum<?>) value).getDeclaringClass() : value.getClass());
  }

  /** The codec of a class, for callers that hold values as {@code Object}. */
  @SuppressWarnings("unchecked")
  Codec<Object> untypedCodecFor(Class<?> type) {
    return (Codec<Object>) codecFor(type);
  }

  /**
   * The codec of an attribute's (generic) type: a class, a {@code List<T>}/{@code Set<T>}, or a
   * {@code Map<K, V>} with keys written as text.
   */
  @SuppressWarnings("unchecked")
  Codec<Object> codecFor(Type type) {
    if (type instanceof Class<?>) {
      return (Codec<Object>) codecFor((Class<?>) type);
    }
    Class<?> raw = rawClass(type);
    if (type instanceof ParameterizedType && Collection.class.isAssignableFrom(raw) && (raw.isAssignableFrom(List.class) || Set.class.isAssignableFrom(raw))) {
      Codec<Object> element = codecFor(((ParameterizedType) type).getActualTypeArguments()[0]);
      return (Codec<Object>) (Codec<?>) new CollectionCodec<>(element, Set.class.isAssignableFrom(raw));
    }
    if (type instanceof ParameterizedType && raw == Map.class) {
      Type[] arguments = ((ParameterizedType) type).getActualTypeArguments();
      Codec<Object> key = codecFor(arguments[0]);
      if (key instanceof TextForm<?>) {
        return (Codec<Object>) (Codec<?>) new MapCodec<>((TextForm<Object>) (Codec<?>) key, codecFor(arguments[1]));
      }
    }
    throw new IllegalArgumentException("the type " + type.getTypeName() + " cannot be mapped to JSON");
  }

  /** Whether this registry maps the class: a type of the CJG library it has a codec for. */
  boolean maps(Class<?> type) {
    if (!type.getName().startsWith("nl.cjg.")) {
      return false;
    }
    try {
      codecFor(type);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The class of a class or parameterized type. */
  static Class<?> rawClass(Type type) {
    if (type instanceof Class<?>) {
      return (Class<?>) type;
    }
    if (type instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) type).getRawType();
    }
    throw new IllegalArgumentException("the type " + type.getTypeName() + " cannot be mapped to JSON");
  }

  private Codec<?> build(Class<?> type) {
    Codec<?> known = codecs.get(type);
    if (known != null) {
      return known;
    }
    ValueCodec<?> inProgress = building.get(type);
    if (inProgress != null) {
      return inProgress;
    }
    Optional<Codec<?>> simple = simpleCodec(type);
    if (simple.isPresent()) {
      codecs.put(type, simple.get());
      return simple.get();
    }
    Class<?> valueType = abstractValueType(type);
    Class<?> implementation =
        ValueCodec.implementation(valueType)
            .orElseThrow(() -> new IllegalArgumentException("the type " + type.getName() + " cannot be mapped to JSON"));
    if (valueType != type) {
      Codec<?> codec = build(valueType);
      if (building.isEmpty()) {
        codecs.put(type, codec); // only complete codecs are published
      }
      return codec;
    }
    ValueCodec<?> codec = ValueCodec.shell(valueType, implementation);
    boolean outermost = building.isEmpty();
    building.put(type, codec);
    try {
      codec.initialize(this);
      if (outermost) {
        codecs.putAll(building);
      }
    } finally {
      if (outermost) {
        building.clear();
      }
    }
    return codec;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Optional<Codec<?>> simpleCodec(Class<?> type) {
    Optional<Codec<?>> scalar = ScalarCodecs.forClass(type);
    if (scalar.isPresent()) {
      return scalar;
    }
    if (type.isEnum()) {
      return Optional.of(new EnumCodec(type));
    }
    return IdentifierCodec.forClass(type);
  }

  /** For a generated {@code ImmutableX}, the abstract type {@code X}; otherwise the type itself. */
  private static Class<?> abstractValueType(Class<?> type) {
    if (!type.getSimpleName().startsWith("Immutable")) {
      return type;
    }
    Class<?> superclass = type.getSuperclass();
    if (superclass != null && superclass != Object.class && ValueCodec.implementation(superclass).orElse(null) == type) {
      return superclass;
    }
    for (Class<?> implemented : type.getInterfaces()) {
      if (ValueCodec.implementation(implemented).orElse(null) == type) {
        return implemented;
      }
    }
    return type;
  }
}
