package nl.cjg.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;

/**
 * A {@code List} or {@code Set} as a JSON array, in iteration order. Elements may not be
 * {@code null}; an element that occurs twice in a set is refused rather than silently dropped.
 * The value read is a fresh collection that the builder copies, or for an empty array a shared
 * empty one, which costs nothing to make or to copy. Immutable and thread-safe.
 *
 * @param <E> the element type
 */
final class CollectionCodec<E> extends Codec<Collection<E>> {
  private final Codec<E> element;
  private final boolean set;

  CollectionCodec(Codec<E> element, boolean set) {
    this.element = element;
    this.set = set;
  }

  @Override
  Collection<E> read(JsonParser parser, ReadContext context) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      return context.wrongType(parser, ValueKind.ARRAY);
    }
    JsonToken token = parser.nextToken();
    if (token == JsonToken.END_ARRAY) {
      return set ? Collections.emptySet() : Collections.emptyList();
    }
    Collection<E> values = set ? new LinkedHashSet<>() : new ArrayList<>();
    boolean failed = false;
    for (; token != JsonToken.END_ARRAY; token = parser.nextToken()) {
      if (token == JsonToken.VALUE_NULL) {
        context.report(parser, ProblemCode.NULL);
        failed = true;
        continue;
      }
      E value = element.read(parser, context);
      if (value == null) {
        failed = true;
      } else if (!values.add(value)) {
        context.report(parser, ProblemCode.DUPLICATE_ELEMENT);
        failed = true;
      }
    }
    return failed ? null : values;
  }

  @Override
  void write(JsonGenerator generator, Collection<E> values) throws IOException {
    generator.writeStartArray(values, values.size());
    for (E value : values) {
      element.write(generator, value);
    }
    generator.writeEndArray();
  }
}
