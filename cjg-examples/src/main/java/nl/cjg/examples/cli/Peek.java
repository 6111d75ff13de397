package nl.cjg.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Looks at the start of an input without consuming it: the top-level {@code type} property of its
 * first JSON object, which tells a dataset ({@code "dataset"}) from a record of a dataset
 * ({@code "casus"}, …) and from a plain value (no {@code type}).
 */
final class Peek {
  /** How far to look: a dataset header or a record's {@code type} (written first) lies well within. */
  static final int LIMIT = 64 * 1024;

  /** Names are not canonicalized, so that no input can fill a name table shared by later peeks. */
  private static final JsonFactory FACTORY = JsonFactory.builder().disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build();

  private Peek() {}

  /**
   * The value of the first object's top-level {@code type} property, if it is a string found within
   * {@link #LIMIT} bytes. The stream is reset to where it was.
   */
  static Optional<String> type(BufferedInputStream in) throws IOException {
    in.mark(LIMIT + 1);
    byte[] head = in.readNBytes(LIMIT);
    in.reset();
    int end = head.length;
    for (int i = 0; i < head.length; i++) {
      if (head[i] == '\n') {
        end = i;
        break;
      }
    }
    Optional<String> single = type(Arrays.copyOf(head, end));
    return single.isPresent() ? single : type(head);
  }

  private static Optional<String> type(byte[] json) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("type".equals(name) && value == JsonToken.VALUE_STRING) {
          return Optional.of(parser.getText());
        }
        parser.skipChildren();
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
