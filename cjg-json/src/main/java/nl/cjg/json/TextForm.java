package nl.cjg.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * A codec for a type written as one JSON string: the text is checked by {@link #fromText}, which
 * reports a problem and returns {@code null} when the text is not a value of the type.
 *
 * @param <T> the Java type
 */
abstract class TextForm<T> extends Codec<T> {
  private final ValueKind kind;

  TextForm(ValueKind kind) {
    this.kind = kind;
  }

  /** The kind of text expected, named in problem messages. */
  final ValueKind kind() {
    return kind;
  }

  /** The value for this text, or {@code null} after reporting a problem at the parser's token. */
  abstract T fromText(String text, JsonParser parser, ReadContext context);

  /** The canonical text of a value. */
  abstract String toText(T value);

  @Override
  final T read(JsonParser parser, ReadContext context) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return context.wrongType(parser, kind);
    }
    return fromText(parser.getText(), parser, context);
  }

  @Override
  final void write(JsonGenerator generator, T value) throws IOException {
    generator.writeString(toText(value));
  }
}
