package nl.cjg.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import nl.cjg.json.Problem;

/**
 * Gives a problem of a single-record file the line and column of the value its JSON Pointer names
 * (or, for a value that is missing, of the nearest object or array that holds it), when the reader
 * could not say the column: a business rule speaks of a path, not of a place in the text.
 */
final class Positions {
  /** Names are not canonicalized, so that no input can fill a name table shared by later reads. */
  private static final JsonFactory FACTORY = JsonFactory.builder().disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build();

  private Positions() {}

  /** The problem, with the position of its pointer in {@code json} when it had no column. */
  static Problem of(Problem problem, byte[] json) {
    if (problem.column().isPresent()) {
      return problem;
    }
    return locate(json, problem.pointer())
        .map(at -> Problem.builder().from(problem).line(at.getLineNr()).column(at.getColumnNr()).build())
        .orElse(problem);
  }

  /** Where the value at the pointer starts, or its deepest present ancestor; empty when the text is not JSON there. */
  static Optional<JsonLocation> locate(byte[] json, String pointer) {
    JsonLocation best = null;
    Deque<Container> open = new ArrayDeque<>();
    String name = null;
    try (JsonParser parser = FACTORY.createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.FIELD_NAME) {
          name = parser.currentName();
          continue;
        }
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          open.pop();
          if (open.isEmpty()) {
            break;
          }
          continue;
        }
        Container parent = open.peek();
        String path = parent == null ? "" : parent.path + "/" + (parent.array ? String.valueOf(parent.next++) : escape(name));
        if (path.equals(pointer)) {
          return Optional.of(parser.currentTokenLocation());
        }
        boolean onTheWay = pointer.startsWith(path + "/");
        if (onTheWay) {
          best = parser.currentTokenLocation();
        }
        if (token.isStructStart()) {
          if (onTheWay) {
            open.push(new Container(path, token == JsonToken.START_ARRAY));
          } else {
            parser.skipChildren();
          }
        }
        if (open.isEmpty()) {
          break;
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not JSON from here on: the reader reported that with its own position.
    }
    return Optional.ofNullable(best);
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** An object or array being read: its pointer and, for an array, the index of its next element. */
  private static final class Container {
    final String path;
    final boolean array;
    int next;

    Container(String path, boolean array) {
      this.path = path;
      this.array = array;
    }
  }
}
