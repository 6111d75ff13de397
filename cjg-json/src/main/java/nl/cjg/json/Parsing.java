package nl.cjg.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.io.IOException;

/**
 * Reading one root value strictly: nothing before it but white space, nothing after it, no
 * {@code null}; and turning Jackson's parse failures into problems with stable codes (the
 * exception's own message, which may quote input, is never used). Stateless.
 */
final class Parsing {
  private static final int BYTE_ORDER_MARK_CHAR = 0xFEFF;

  private Parsing() {}

  /** Opens a parser on some input; opening may already read (and refuse) the input. */
  interface ParserSource {
    JsonParser open() throws IOException;
  }

  /**
   * Opens a parser and reads the only value of its input; a failure while opening (a document
   * over the length limit, bytes that are not UTF-8) is reported like any other.
   *
   * @return the value, or {@code null} when problems were reported to {@code context}
   * @throws IOException when the input cannot be read (not when it is bad)
   */
  static <T> T readDocument(ParserSource source, ReadContext context, Codec<T> codec) throws IOException {
    try (JsonParser parser = new LimitedParser(source.open(), context.settings().limits())) {
      return readRoot(parser, context, codec);
    } catch (Utf8CheckingInputStream.Malformed e) {
      reportMalformed(context, e);
    } catch (JsonProcessingException e) {
      ProblemCode code = classify(e);
      context.reportLast(e.getLocation(), "", code, argument(code, context));
    }
    return null;
  }

  /**
   * Reads the only value of the parser's input.
   *
   * @return the value, or {@code null} when problems were reported to {@code context}
   * @throws IOException when the input cannot be read (not when it is bad)
   */
  static <T> T readRoot(JsonParser parser, ReadContext context, Codec<T> codec) throws IOException {
    T value = null;
    try {
      JsonToken token = parser.nextToken();
      if (token == null) {
        context.report(parser.currentLocation(), "", ProblemCode.TRUNCATED);
        return null;
      }
      if (token == JsonToken.VALUE_NULL) {
        context.report(parser, ProblemCode.NULL);
      } else {
        value = codec.read(parser, context);
      }
      requireEnd(parser, context);
    } catch (JsonProcessingException | CharConversionException e) {
      reportFailure(parser, context, e);
    } catch (ReadContext.StopReading e) {
      return null;
    }
    return context.hasProblems() ? null : value;
  }

  /** Reports anything after the root value as {@link ProblemCode#TRAILING}. */
  static void requireEnd(JsonParser parser, ReadContext context) throws IOException {
    try {
      if (parser.nextToken() != null) {
        context.report(parser, "", ProblemCode.TRAILING);
      }
    } catch (JsonProcessingException e) {
      ProblemCode code = classify(e);
      context.report(e.getLocation(), "", code == ProblemCode.SYNTAX ? ProblemCode.TRAILING : code, argument(code, context));
    }
  }

  /**
   * Reports a failure of the parser as a problem at its location: a parse failure where the parser
   * is, bytes that are not UTF-8 where they are.
   */
  static void reportFailure(JsonParser parser, ReadContext context, IOException failure) {
    if (failure instanceof Utf8CheckingInputStream.Malformed) {
      reportMalformed(context, (Utf8CheckingInputStream.Malformed) failure);
      return;
    }
    ProblemCode code = failure instanceof CharConversionException ? ProblemCode.ENCODING : classify((JsonProcessingException) failure);
    JsonLocation location = failure instanceof JsonProcessingException ? ((JsonProcessingException) failure).getLocation() : null;
    context.reportLast(location == null ? parser.currentLocation() : location, ReadContext.pointer(parser), code, argument(code, context));
  }

  /** Reports bytes that are not UTF-8, at their line and column. */
  static void reportMalformed(ReadContext context, Utf8CheckingInputStream.Malformed malformed) {
    context.reportLast(location(malformed.line(), malformed.column()), "", ProblemCode.ENCODING);
  }

  /**
   * Checks that bytes are well-formed UTF-8 and reports {@link ProblemCode#ENCODING} at the first
   * bad byte when they are not.
   *
   * @return whether the bytes are fine
   */
  static boolean checkUtf8(byte[] bytes, int offset, int length, ReadContext context) {
    if (Utf8Validator.isAscii(bytes, offset, length)) {
      return true;
    }
    Utf8Validator validator = new Utf8Validator();
    if (validator.check(bytes, offset, length) < 0 && validator.isComplete()) {
      return true;
    }
    context.reportLast(location(validator.line(), validator.column()), "", ProblemCode.ENCODING);
    return false;
  }

  private static JsonLocation location(long line, long column) {
    return new JsonLocation(ContentReference.unknown(), -1L, (int) Math.min(line, Integer.MAX_VALUE), (int) Math.min(column, Integer.MAX_VALUE));
  }

  /** The stable code of one of Jackson's parse failures. */
  static ProblemCode classify(JsonProcessingException failure) {
    if (failure instanceof LimitedParser.LimitExceeded) {
      return ((LimitedParser.LimitExceeded) failure).code();
    }
    String message = String.valueOf(failure.getOriginalMessage());
    if (failure instanceof StreamConstraintsException) {
      if (message.startsWith("Document nesting depth")) {
        return ProblemCode.LIMIT_DEPTH;
      }
      if (message.startsWith("String value length")) {
        return ProblemCode.LIMIT_STRING;
      }
      if (message.startsWith("Number value length")) {
        return ProblemCode.LIMIT_NUMBER;
      }
      if (message.startsWith("Name length")) {
        return ProblemCode.LIMIT_NAME;
      }
      return ProblemCode.LIMIT_DOCUMENT;
    }
    if (failure instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
      return ProblemCode.TRUNCATED;
    }
    if (message.contains("UTF-8") || message.contains("UTF8") || message.contains("surrogate")) {
      return ProblemCode.ENCODING;
    }
    return ProblemCode.SYNTAX;
  }

  /** The limit named in the message of a limit problem; nothing for other problems. */
  static Object[] argument(ProblemCode code, ReadContext context) {
    ReadLimits limits = context.settings().limits();
    switch (code) {
      case LIMIT_DEPTH:
        return new Object[] {limits.maxNestingDepth()};
      case LIMIT_STRING:
        return new Object[] {limits.maxStringLength()};
      case LIMIT_NUMBER:
        return new Object[] {limits.maxNumberLength()};
      case LIMIT_NAME:
        return new Object[] {limits.maxNameLength()};
      case LIMIT_DOCUMENT:
        return new Object[] {limits.maxDocumentLength()};
      case LIMIT_RECORD:
        return new Object[] {limits.maxRecordLength()};
      case LIMIT_RECORDS:
        return new Object[] {limits.maxRecords()};
      default:
        return new Object[0];
    }
  }

  /**
   * What is wrong with the first bytes of a JSON text, if anything: a byte-order mark (UTF-8,
   * UTF-16 or UTF-32), or a zero byte among the first two, which means UTF-16 or UTF-32 — JSON
   * exchanged between systems is UTF-8 (RFC 8259, section 8.1).
   *
   * @return the code, or {@code null} when the start is fine
   */
  static ProblemCode prefixProblem(byte[] bytes, int offset, int length) {
    if (length >= 3 && (bytes[offset] & 0xFF) == 0xEF && (bytes[offset + 1] & 0xFF) == 0xBB && (bytes[offset + 2] & 0xFF) == 0xBF) {
      return ProblemCode.BYTE_ORDER_MARK;
    }
    if (length >= 2) {
      int first = bytes[offset] & 0xFF;
      int second = bytes[offset + 1] & 0xFF;
      if ((first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE)) {
        return ProblemCode.BYTE_ORDER_MARK;
      }
      if (first == 0 || second == 0) {
        return ProblemCode.ENCODING;
      }
    } else if (length == 1 && bytes[offset] == 0) {
      return ProblemCode.ENCODING;
    }
    return null;
  }

  /**
   * What is wrong with the first characters of a JSON text, as {@link #prefixProblem} says for
   * bytes, so that every input kind reports the same: a byte-order mark, or a NUL among the first
   * two characters (text decoded from UTF-16 or UTF-32 as if it were a one-byte encoding).
   *
   * @param first the first character, or -1 at the end
   * @param second the second character, or -1 at the end
   * @return the code, or {@code null} when the start is fine
   */
  static ProblemCode textPrefixProblem(int first, int second) {
    if (first == BYTE_ORDER_MARK_CHAR) {
      return ProblemCode.BYTE_ORDER_MARK;
    }
    if (first == 0 || (first >= 0 && second == 0)) {
      return ProblemCode.ENCODING;
    }
    return null;
  }
}
