package nl.cjg.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Skipping a value a lenient reader ignores (an unknown property's value) as strictly as reading
 * it: a property name that occurs twice in any object inside it is a
 * {@link ProblemCode#DUPLICATE_KEY}, and every token is held to the limits by the
 * {@link LimitedParser} it is read through. Stateless.
 */
final class SkippedValue {
  private SkippedValue() {}

  /**
   * Skips the value at the parser's current token, reporting each property that occurs twice in
   * one object.
   *
   * @return whether a problem was reported
   */
  static boolean skip(JsonParser parser, ReadContext context) throws IOException {
    if (!parser.currentToken().isStructStart()) {
      return false;
    }
    List<Set<String>> open = new ArrayList<>();
    open.add(parser.currentToken() == JsonToken.START_OBJECT ? new HashSet<>() : null);
    boolean reported = false;
    while (!open.isEmpty()) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return reported; // the input ended inside the value; the read reports it
      }
      if (token == JsonToken.START_OBJECT) {
        open.add(new HashSet<>());
      } else if (token == JsonToken.START_ARRAY) {
        open.add(null);
      } else if (token.isStructEnd()) {
        open.remove(open.size() - 1);
      } else if (token == JsonToken.FIELD_NAME && !open.get(open.size() - 1).add(parser.currentName())) {
        context.report(parser, ProblemCode.DUPLICATE_KEY);
        reported = true;
      }
    }
    return reported;
  }
}
