package nl.cjg.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * A parser that holds every token to the {@link ReadLimits} in the same units whatever the input
 * kind (bytes, stream, text or character stream): a property name and a string in characters, a
 * number in the characters it is written with (sign, point and exponent included). The nesting
 * depth counts the objects and arrays around a value; an empty object or array one level deeper
 * than allowed is read, so that a value read at the deepest level allowed, whose empty lists and
 * maps are written as {@code []} and <code>{}</code>, reads back. Jackson's own
 * constraints count a name in bytes for byte input but in characters for text, and differ between
 * its parsers on a number's sign; they stay in place as a coarser first barrier (see
 * {@link ReaderSettings#constraints}). A skipped value ({@link #skipChildren()}) is checked token
 * by token too, so that a lenient reader cannot be made to skip what it would refuse to read.
 *
 * <p>Only {@link #nextToken()} and {@link #skipChildren()} are checked: the codecs advance the
 * parser through nothing else. Not thread-safe, like the parser it wraps.
 */
final class LimitedParser extends JsonParserDelegate {
  private final int maxNameLength;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxNestingDepth;
  private boolean mustBeEmpty;

  LimitedParser(JsonParser parser, ReadLimits limits) {
    super(parser);
    this.maxNestingDepth = limits.maxNestingDepth();
    this.maxNameLength = limits.maxNameLength();
    this.maxStringLength = limits.maxStringLength();
    this.maxNumberLength = limits.maxNumberLength();
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken token = delegate.nextToken();
    if (token == null) {
      return null;
    }
    if (mustBeEmpty) {
      mustBeEmpty = false;
      if (!token.isStructEnd()) {
        throw new LimitExceeded(ProblemCode.LIMIT_DEPTH, delegate);
      }
    }
    if (token.isStructStart()) {
      mustBeEmpty = delegate.getParsingContext().getNestingDepth() > maxNestingDepth;
    } else {
      checkCurrentToken();
    }
    return token;
  }

  /**
   * Holds the current token, reached through the wrapped parser rather than this one, to the
   * limits on names, strings and numbers (a projection walks the wrapped parser and checks only
   * the tokens it reads).
   */
  void checkCurrentToken() throws IOException {
    JsonToken token = delegate.currentToken();
    if (token == null) {
      return;
    }
    switch (token) {
      case FIELD_NAME:
        check(delegate.currentName().length(), maxNameLength, ProblemCode.LIMIT_NAME);
        break;
      case VALUE_STRING:
        check(delegate.getTextLength(), maxStringLength, ProblemCode.LIMIT_STRING);
        break;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        check(delegate.getTextLength(), maxNumberLength, ProblemCode.LIMIT_NUMBER);
        break;
      default:
        break;
    }
  }

  /** Skips the object or array that starts at the current token, checking every token in it. */
  @Override
  public JsonParser skipChildren() throws IOException {
    JsonToken current = delegate.currentToken();
    if (current != JsonToken.START_OBJECT && current != JsonToken.START_ARRAY) {
      return this;
    }
    int open = 1;
    while (open > 0) {
      JsonToken token = nextToken();
      if (token == null) {
        return this; // the input ended; the next read reports it
      }
      if (token.isStructStart()) {
        open++;
      } else if (token.isStructEnd()) {
        open--;
      }
    }
    return this;
  }

  private void check(int length, int limit, ProblemCode code) throws LimitExceeded {
    if (length > limit) {
      throw new LimitExceeded(code, delegate);
    }
  }

  /** A token over one of the limits: the read ends with the limit's problem at the token. */
  static final class LimitExceeded extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;
    private final transient ProblemCode code;

    LimitExceeded(ProblemCode code, JsonParser parser) {
      super(code.code(), parser.currentTokenLocation());
      this.code = code;
    }

    /** The limit's problem code. */
    ProblemCode code() {
      return code;
    }
  }
}
