package nl.cjg.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads and writes one Java type as JSON, strictly, on Jackson's streaming API. Built once per
 * type by {@link CodecRegistry}; immutable and thread-safe.
 *
 * @param <T> the Java type
 */
abstract class Codec<T> {
  /**
   * Reads a value whose first token is the parser's current token (never {@code null}: callers
   * deal with JSON {@code null}). On bad input it reports to {@code context}, leaves the parser on
   * the value's last token and returns {@code null}.
   *
   * @param parser positioned on the value's first token
   * @param context where problems go
   * @return the value, or {@code null} when a problem was reported
   * @throws IOException when the input is not JSON or cannot be read
   */
  abstract T read(JsonParser parser, ReadContext context) throws IOException;

  /**
   * Writes a value.
   *
   * @param generator where to write
   * @param value not null
   * @throws IOException when the output cannot be written
   */
  abstract void write(JsonGenerator generator, T value) throws IOException;
}
