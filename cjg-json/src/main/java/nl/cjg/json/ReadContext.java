package nl.cjg.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.cjg.core.InvalidValueException;

/**
 * The problems found while reading one document or one record, with the pointer and position of
 * each. Not thread-safe: one per read.
 */
final class ReadContext {
  private final ReaderSettings settings;
  private final long lineOffset;
  private final List<Problem> problems = new ArrayList<>();
  private boolean stopped;

  /**
   * @param settings the reader's settings
   * @param lineOffset added to the parser's line numbers (a JSON Lines record is parsed on its own)
   */
  ReadContext(ReaderSettings settings, long lineOffset) {
    this.settings = settings;
    this.lineOffset = lineOffset;
  }

  ReaderSettings settings() {
    return settings;
  }

  ProblemMessages messages() {
    return settings.messages();
  }

  List<Problem> problems() {
    return problems;
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** The JSON Pointer of the value at the parser's current token (also on its closing token). */
  static String pointer(JsonParser parser) {
    return parser.getParsingContext().pathAsPointer().toString();
  }

  /** The JSON Pointer of the object whose property name is the parser's current token. */
  static String objectPointer(JsonParser parser) {
    JsonStreamContext parent = parser.getParsingContext().getParent();
    return parent == null ? "" : parent.pathAsPointer().toString();
  }

  /** Reports a problem at the parser's current token and value. */
  void report(JsonParser parser, ProblemCode code, Object... arguments) {
    report(parser, pointer(parser), code, arguments);
  }

  /** Reports a problem at the parser's current token, with an explicit pointer. */
  void report(JsonParser parser, String pointer, ProblemCode code, Object... arguments) {
    add(problem(parser.currentTokenLocation(), pointer, code.code(), messages().format(code.code(), arguments)));
  }

  /** Reports a problem at a location (of a failed parse), with an explicit pointer. */
  void report(JsonLocation location, String pointer, ProblemCode code, Object... arguments) {
    add(problem(location, pointer, code.code(), messages().format(code.code(), arguments)));
  }

  /**
   * Reports a problem with a whole line of a JSON Lines input (its first line when parsed alone).
   * Reading ends with it, so it never stops reading itself.
   */
  void reportLine(ProblemCode code, Object... arguments) {
    try {
      add(Problem.builder().code(code.code()).pointer("").line(lineOffset + 1).message(messages().format(code.code(), arguments)).build());
    } catch (StopReading stop) {
      // reading ends here anyway
    }
  }

  /** Reports the failure that ends reading at a location; never stops reading itself. */
  void reportLast(JsonLocation location, String pointer, ProblemCode code, Object... arguments) {
    try {
      report(location, pointer, code, arguments);
    } catch (StopReading stop) {
      // reading ends here anyway
    }
  }

  /** Reports a broken structural invariant of the model at the parser's current value. */
  void invalid(JsonParser parser, String pointer, InvalidValueException exception) {
    String detail = exception.getMessage().substring(exception.code().length() + 2);
    add(problem(parser.currentTokenLocation(), pointer, exception.code(), messages().format("structural", exception.code(), detail)));
  }

  /**
   * Adds a problem. When it reaches the limit ({@link ReadLimits#maxProblems()}, or 1 when failing
   * fast) reading stops: {@link StopReading} is thrown once, and later problems are dropped.
   */
  void add(Problem problem) {
    if (stopped) {
      return;
    }
    problems.add(problem);
    int limit = settings.failFast() ? 1 : settings.limits().maxProblems();
    if (problems.size() >= limit) {
      if (!settings.failFast()) {
        problems.add(
            Problem.builder()
                .code(ProblemCode.LIMIT_PROBLEMS.code())
                .pointer("")
                .message(messages().format(ProblemCode.LIMIT_PROBLEMS.code(), limit))
                .build());
      }
      stopped = true;
      throw new StopReading();
    }
  }

  /** Reports that the value has the wrong JSON type, skips it and returns {@code null}. */
  <T> T wrongType(JsonParser parser, ValueKind expected) throws IOException {
    report(parser, ProblemCode.WRONG_TYPE, messages().kind(expected));
    parser.skipChildren();
    return null;
  }

  private Problem problem(JsonLocation location, String pointer, String code, String message) {
    Problem.Builder problem = Problem.builder().code(code).pointer(pointer).message(message);
    if (location != null && location.getLineNr() > 0) {
      problem.line(location.getLineNr() + lineOffset);
      if (location.getColumnNr() > 0) {
        problem.column(location.getColumnNr());
      }
    }
    return problem.build();
  }

  /** Thrown when enough problems were found: the read ends with the problems so far. */
  static final class StopReading extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StopReading() {
      super("enough problems", null, false, false);
    }
  }
}
