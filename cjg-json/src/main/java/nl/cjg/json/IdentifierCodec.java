package nl.cjg.json;

import com.fasterxml.jackson.core.JsonParser;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import nl.cjg.core.InvalidValueException;

/**
 * An identifier of the model ({@code Bsn}, {@code Postcode}, {@code GemeenteCode}, …) as a JSON
 * string: any class with a public {@code static T parse(CharSequence)} and a public
 * {@code String value()} giving the canonical text. Reading uses {@code parse}, so a text that
 * {@code parse} accepts (such as {@code "1861 ab"} for a postcode) is read, and written back in
 * canonical form; a rejected text is reported with the identifier's own structural code
 * ({@code BSN-S01}). Immutable and thread-safe.
 *
 * @param <T> the identifier type
 */
final class IdentifierCodec<T> extends TextForm<T> {
  private final MethodHandle parse;
  private final MethodHandle value;

  private IdentifierCodec(MethodHandle parse, MethodHandle value) {
    super(ValueKind.STRING);
    this.parse = parse;
    this.value = value;
  }

  /** The codec of {@code type} when it is an identifier by the shape above. */
  static Optional<Codec<?>> forClass(Class<?> type) {
    if (type.isPrimitive() || type.isEnum() || Modifier.isAbstract(type.getModifiers())) {
      return Optional.empty();
    }
    try {
      Method parse = type.getMethod("parse", CharSequence.class);
      Method value = type.getMethod("value");
      if (!Modifier.isStatic(parse.getModifiers()) || parse.getReturnType() != type || value.getReturnType() != String.class) {
        return Optional.empty();
      }
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      return Optional.of(
          new IdentifierCodec<>(
              lookup.unreflect(parse).asType(MethodType.methodType(Object.class, String.class)),
              // found on the identifier type itself: value() may be inherited from a package-private base
              lookup.findVirtual(type, "value", MethodType.methodType(String.class)).asType(MethodType.methodType(String.class, Object.class))));
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException("the identifier type " + type.getName() + " is not accessible", e);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  T fromText(String text, JsonParser parser, ReadContext context) {
    try {
      return (T) (Object) parse.invokeExact(text);
    } catch (InvalidValueException e) {
      context.invalid(parser, ReadContext.pointer(parser), e);
      return null;
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("parse of an identifier failed", e);
    }
  }

  @Override
  String toText(T identifier) {
    try {
      return (String) value.invokeExact((Object) identifier);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("value() of an identifier failed", e);
    }
  }
}
