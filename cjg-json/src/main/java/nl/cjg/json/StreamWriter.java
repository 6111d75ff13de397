package nl.cjg.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The record writer of JSON Lines, large arrays and datasets: one compact record per line; for a
 * dataset each record starts with its {@code type}. Each record is written as a root value of the
 * generator, the brackets and commas of an array around them as raw text, so that no array context
 * grows. Not thread-safe.
 */
final class StreamWriter implements RecordWriter {
  /** How records are laid out. */
  enum Shape {
    LINES,
    ARRAY
  }

  private final JsonGenerator generator;
  private final CodecRegistry registry;
  private final Shape shape;
  private final RecordTypes types;
  private boolean first = true;

  /**
   * @param types the record types of a dataset, or null for plain records
   */
  StreamWriter(JsonGenerator generator, CodecRegistry registry, Shape shape, RecordTypes types) {
    this.generator = generator;
    this.registry = registry;
    this.shape = shape;
    this.types = types;
  }

  /** Writes the header line of a dataset. */
  void writeHeader(DatasetHeader header) {
    writeRecord(RecordTypes.HEADER, header);
  }

  @Override
  public void write(Object value) {
    if (types == null) {
      writeRecord(null, value);
      return;
    }
    String name =
        types.name(value.getClass())
            .orElseThrow(() -> new IllegalArgumentException(value.getClass().getName() + " is not a record type of this dataset"));
    writeRecord(name, value);
  }

  @Override
  public void flush() {
    try {
      generator.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      if (shape == Shape.ARRAY) {
        generator.writeRaw(first ? "[\n]\n" : "\n]\n");
      }
      generator.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeRecord(String type, Object value) {
    try {
      if (shape == Shape.ARRAY) {
        generator.writeRaw(first ? "[\n" : ",\n");
      }
      first = false;
      if (type == null) {
        registry.codecForValue(value).write(generator, value);
      } else {
        ValueCodec<?> codec = RecordDecoder.valueCodec(registry, value.getClass());
        generator.writeStartObject();
        generator.writeStringField(RecordDecoder.TYPE, type);
        codec.writeProperties(generator, value);
        generator.writeEndObject();
      }
      if (shape == Shape.LINES) {
        generator.writeRaw('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
