package nl.cjg.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Type;
import java.util.Optional;

/**
 * One attribute of a value type: its JSON property name (the accessor's name), how to get it from
 * a value and set it on a builder, and the codec of its (element) type. Optional attributes are
 * written only when present. Immutable and thread-safe.
 */
final class Attribute {
  private final String name;
  private final SerializableString jsonName;
  private final int index;
  private final boolean optional;
  private final Type type;
  private final MethodHandle getter;
  private final MethodHandle setter;
  private final Codec<Object> codec;

  /**
   * @param name the accessor's name
   * @param index the position among the type's attributes
   * @param optional whether the accessor returns {@code Optional}; the setter then takes the content
   * @param type the (generic) type of the value, or of the content of an optional
   * @param getter {@code (Object value) -> Object}
   * @param setter {@code (Object builder, Object value) -> void}
   * @param codec the codec of the value, or of the content of an optional
   */
  Attribute(String name, int index, boolean optional, Type type, MethodHandle getter, MethodHandle setter, Codec<Object> codec) {
    this.name = name;
    this.jsonName = new SerializedString(name);
    this.index = index;
    this.optional = optional;
    this.type = type;
    this.getter = getter;
    this.setter = setter;
    this.codec = codec;
  }

  String name() {
    return name;
  }

  int index() {
    return index;
  }

  boolean optional() {
    return optional;
  }

  /** The (generic) type of the value, or of the content of an optional: what the codec maps. */
  Type type() {
    return type;
  }

  Codec<Object> codec() {
    return codec;
  }

  /** Sets a read value on a builder. */
  void set(Object builder, Object value) {
    try {
      setter.invokeExact(builder, value);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("builder method " + name + " failed", e);
    }
  }

  /** Writes the property, or nothing for an absent optional. */
  void write(JsonGenerator generator, Object value) throws IOException {
    Object content = get(value);
    if (optional) {
      Optional<?> present = (Optional<?>) content;
      if (present.isEmpty()) {
        return;
      }
      content = present.get();
    }
    generator.writeFieldName(jsonName);
    codec.write(generator, content);
  }

  private Object get(Object value) {
    try {
      return (Object) getter.invokeExact(value);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("accessor " + name + " failed", e);
    }
  }
}
