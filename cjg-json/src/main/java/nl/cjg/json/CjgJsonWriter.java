package nl.cjg.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes values of the CJG model as JSON: property names are the accessor names, identifiers and
 * codes strings, dates ISO-8601 ({@code 2012-04-01}, months {@code 2012-04}), money an exact JSON
 * number; absent optional values are left out, collections always written ({@code []} when empty).
 * What it writes, {@link CjgJsonReader} reads back to an equal value.
 *
 * <p>Streams: {@link #writeLines} (JSON Lines), {@link #writeArray} (one large array) and
 * {@link #writeDataset} write record by record in constant memory. Immutable and thread-safe.
 */
public final class CjgJsonWriter {
  private final CodecRegistry registry = new CodecRegistry();
  private final JsonFactory factory =
      JsonFactory.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();
  private final boolean pretty;

  private CjgJsonWriter(boolean pretty) {
    this.pretty = pretty;
  }

  /** A writer of compact JSON. */
  public static CjgJsonWriter create() {
    return new CjgJsonWriter(false);
  }

  /** A writer of indented JSON, for people to read (streams stay compact: one record per line). */
  public static CjgJsonWriter pretty() {
    return new CjgJsonWriter(true);
  }

  /**
   * The JSON text of a value.
   *
   * @param value a value of the model
   * @return the text
   * @throws IllegalArgumentException when the value's type cannot be mapped to JSON
   */
  public String write(Object value) {
    StringWriter text = new StringWriter();
    write(value, text);
    return text.toString();
  }

  /**
   * Writes a value as UTF-8; the stream is flushed, not closed.
   *
   * @param value a value of the model
   * @param out where to write
   * @throws UncheckedIOException when the stream fails
   */
  public void write(Object value, OutputStream out) {
    Codec<Object> codec = registry.codecForValue(Objects.requireNonNull(value, "value"));
    try (JsonGenerator generator = document(factory.createGenerator(out, JsonEncoding.UTF8))) {
      codec.write(generator, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a value as text; the writer is flushed, not closed.
   *
   * @param value a value of the model
   * @param out where to write
   * @throws UncheckedIOException when the writer fails
   */
  public void write(Object value, Writer out) {
    Codec<Object> codec = registry.codecForValue(Objects.requireNonNull(value, "value"));
    try (JsonGenerator generator = document(factory.createGenerator(out))) {
      codec.write(generator, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A writer of JSON Lines (UTF-8): each value on its own line, ended by {@code \n}.
   *
   * @param out the stream, closed when the record writer is closed
   * @return the record writer
   */
  public RecordWriter writeLines(OutputStream out) {
    return new StreamWriter(generator(out), registry, StreamWriter.Shape.LINES, null);
  }

  /**
   * A writer of one large JSON array (UTF-8), one element per line.
   *
   * @param out the stream, closed (after the array's end) when the record writer is closed
   * @return the record writer
   */
  public RecordWriter writeArray(OutputStream out) {
    return new StreamWriter(generator(out), registry, StreamWriter.Shape.ARRAY, null);
  }

  /**
   * A writer of a dataset with the standard record types: the header line is written at once.
   *
   * @param out the stream, closed when the record writer is closed
   * @param header the first line
   * @return the record writer
   */
  public RecordWriter writeDataset(OutputStream out, DatasetHeader header) {
    return writeDataset(out, header, RecordTypes.standard());
  }

  /**
   * A writer of a dataset with the given record types: the header line is written at once.
   *
   * @param out the stream, closed when the record writer is closed
   * @param header the first line
   * @param types the record types; writing a value of another type throws IllegalArgumentException
   * @return the record writer
   */
  public RecordWriter writeDataset(OutputStream out, DatasetHeader header, RecordTypes types) {
    StreamWriter writer = new StreamWriter(generator(out), registry, StreamWriter.Shape.LINES, Objects.requireNonNull(types, "types"));
    writer.writeHeader(header);
    return writer;
  }

  private JsonGenerator generator(OutputStream out) {
    try {
      JsonGenerator generator = factory.createGenerator(Objects.requireNonNull(out, "out"), JsonEncoding.UTF8);
      generator.enable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      generator.setRootValueSeparator(new SerializedString(""));
      return generator;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonGenerator document(JsonGenerator generator) {
    return pretty ? generator.useDefaultPrettyPrinter() : generator;
  }
}
