package nl.cjg.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code Map} whose keys are written as text (strings, codes, identifiers) as a JSON object, in
 * the map's iteration order. A key that is no valid key, a key given twice and a {@code null}
 * value are refused, each at the entry's pointer ({@code /aantallen/AMK}). The value read is a
 * fresh insertion-ordered map that the builder copies, or for an empty object a shared empty map.
 * Immutable and thread-safe.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class MapCodec<K, V> extends Codec<Map<K, V>> {
  private final TextForm<K> key;
  private final Codec<V> value;

  MapCodec(TextForm<K> key, Codec<V> value) {
    this.key = key;
    this.value = value;
  }

  @Override
  Map<K, V> read(JsonParser parser, ReadContext context) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      return context.wrongType(parser, ValueKind.OBJECT);
    }
    JsonToken next = parser.nextToken();
    if (next == JsonToken.END_OBJECT) {
      return Collections.emptyMap();
    }
    Map<K, V> entries = new LinkedHashMap<>();
    boolean failed = false;
    for (; next == JsonToken.FIELD_NAME; next = parser.nextToken()) {
      K entryKey = key.fromText(parser.currentName(), parser, context);
      boolean duplicate = entryKey != null && entries.containsKey(entryKey);
      if (duplicate) {
        context.report(parser, ProblemCode.DUPLICATE_KEY);
      }
      JsonToken token = parser.nextToken();
      if (entryKey == null || duplicate) {
        failed = true;
        parser.skipChildren();
        continue;
      }
      if (token == JsonToken.VALUE_NULL) {
        context.report(parser, ProblemCode.NULL);
        failed = true;
        continue;
      }
      V entryValue = value.read(parser, context);
      if (entryValue == null) {
        failed = true;
      } else {
        entries.put(entryKey, entryValue);
      }
    }
    return failed ? null : entries;
  }

  @Override
  void write(JsonGenerator generator, Map<K, V> entries) throws IOException {
    generator.writeStartObject(entries);
    for (Map.Entry<K, V> entry : entries.entrySet()) {
      generator.writeFieldName(key.toText(entry.getKey()));
      value.write(generator, entry.getValue());
    }
    generator.writeEndObject();
  }
}
