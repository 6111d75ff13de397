package nl.cjg.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Decodes the lines of a dataset: an object whose {@code type} property names its record type,
 * and whose other properties are the attributes of that type. The {@code type} may stand anywhere
 * in the object; it is found first (cheaply when it is the first property, as the writer puts it)
 * and then the line is read into the record type's builder. Immutable and thread-safe.
 */
final class RecordDecoder {
  static final String TYPE = "type";

  private final Map<String, ValueCodec<?>> codecs = new HashMap<>();
  private final String known;
  private final ReaderSettings settings;
  private final BusinessRules rules;

  /**
   * @param rules business validation of each record, or null for none
   * @throws IllegalArgumentException when a record type is no value type or has an attribute {@code type}
   */
  RecordDecoder(RecordTypes types, CodecRegistry registry, ReaderSettings settings, BusinessRules rules) {
    codecs.put(RecordTypes.HEADER, valueCodec(registry, DatasetHeader.class));
    for (String name : types.names()) {
      codecs.put(name, valueCodec(registry, types.type(name).orElseThrow()));
    }
    this.known = String.join(", ", types.names());
    this.settings = settings;
    this.rules = rules;
  }

  /** The value codec of a record type, which may not have an attribute named like the discriminator. */
  static ValueCodec<?> valueCodec(CodecRegistry registry, Class<?> type) {
    Codec<?> codec = registry.codecFor(type);
    if (!(codec instanceof ValueCodec<?>) || ((ValueCodec<?>) codec).hasAttribute(TYPE)) {
      throw new IllegalArgumentException(type.getName() + " cannot be a record type: it must be a value type without an attribute " + TYPE);
    }
    return (ValueCodec<?>) codec;
  }

  /**
   * Decodes one line.
   *
   * @param index the position among the records (the header has none)
   * @param line the line number
   * @param header whether this is the first line, which must be the header
   * @param stream the parser of the whole stream, which reads a record line whose {@code type}
   *     comes first, when nothing is wrong with it; null to read the line on its own
   */
  RecordResult<Object> decode(long index, long line, byte[] bytes, int offset, int length, boolean header, LineParser stream)
      throws IOException {
    ReadContext context = new ReadContext(settings, line - 1);
    if (!Parsing.checkUtf8(bytes, offset, length, context)) {
      return new RecordResult<>(index, line, null, ReadResult.failed(context.problems()));
    }
    if (stream != null && !header) {
      TypeFirst typeFirst = new TypeFirst();
      Object value = stream.read(bytes, offset, length, typeFirst);
      if (value != null) {
        if (rules != null) {
          try {
            rules.check(value, context, OptionalLong.of(line));
          } catch (ReadContext.StopReading stop) {
            // enough problems
          }
        }
        ReadResult<Object> result = context.hasProblems() ? ReadResult.failed(context.problems()) : ReadResult.of(value);
        return new RecordResult<>(index, line, typeFirst.type, result);
      }
    }
    String type = scanType(bytes, offset, length);
    ValueCodec<?> codec = type == null || header != type.equals(RecordTypes.HEADER) ? null : codecs.get(type);
    Codec<Object> lineCodec = new Codec<>() {
      @Override
      Object read(JsonParser parser, ReadContext lineContext) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
          return lineContext.wrongType(parser, ValueKind.OBJECT);
        }
        if (codec == null) {
          if (header) {
            lineContext.report(parser, "", ProblemCode.NO_DATASET_HEADER, DatasetHeader.SCHEMA_VERSION);
          } else {
            lineContext.report(parser, "/" + TYPE, ProblemCode.RECORD_TYPE, known);
          }
          parser.skipChildren();
          return null;
        }
        return codec.readProperties(parser, lineContext, TYPE, false);
      }

      @Override
      void write(JsonGenerator generator, Object value) {
        throw new UnsupportedOperationException("records are written by the dataset writer");
      }
    };
    Object value = Parsing.readDocument(() -> settings.parser(bytes, offset, length), context, lineCodec);
    if (value != null && header && ((DatasetHeader) value).schemaVersion() != DatasetHeader.SCHEMA_VERSION) {
      context.reportLine(ProblemCode.DATASET_HEADER, DatasetHeader.SCHEMA_VERSION);
    }
    if (value != null && !context.hasProblems() && rules != null && !header) {
      try {
        rules.check(value, context, OptionalLong.of(line));
      } catch (ReadContext.StopReading stop) {
        // enough problems
      }
    }
    ReadResult<Object> result = context.hasProblems() ? ReadResult.failed(context.problems()) : ReadResult.of(value);
    return new RecordResult<>(index, line, codec == null ? null : type, result);
  }

  /**
   * The decoder of the lines of one dataset stream (or of one worker's chunks): the first line
   * (index -1) as the header, the others through one parser while they are right.
   */
  LineRecords.LineDecoder<Object> lineDecoder() {
    LineParser stream = new LineParser(settings);
    return new LineRecords.LineDecoder<>() {
      @Override
      public RecordResult<Object> decode(long index, long line, byte[] bytes, int offset, int length) throws IOException {
        return RecordDecoder.this.decode(index, line, bytes, offset, length, index < 0, stream);
      }

      @Override
      public void close() {
        stream.close();
      }
    };
  }

  /** The string value of the object's top-level {@code type}, or null when there is none or the line is broken. */
  private String scanType(byte[] bytes, int offset, int length) {
    try (JsonParser parser = settings.factory().createParser(bytes, offset, length)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        boolean isType = parser.currentName().equals(TYPE);
        JsonToken value = parser.nextToken();
        if (isType) {
          return value == JsonToken.VALUE_STRING ? parser.getText() : null;
        }
        parser.skipChildren();
      }
      return null;
    } catch (IOException e) {
      return null; // the full read reports what is wrong with the line
    }
  }

  /**
   * A record line as the writer writes it, {@code type} first: anything else reads as
   * {@code null}, and the line is then read the careful way. Remembers the type it read.
   */
  private final class TypeFirst extends Codec<Object> {
    private String type;

    @Override
    Object read(JsonParser parser, ReadContext context) throws IOException {
      if (parser.currentToken() != JsonToken.START_OBJECT
          || parser.nextToken() != JsonToken.FIELD_NAME
          || !parser.currentName().equals(TYPE)
          || parser.nextToken() != JsonToken.VALUE_STRING) {
        return null;
      }
      String name = parser.getText();
      ValueCodec<?> codec = name.equals(RecordTypes.HEADER) ? null : codecs.get(name);
      if (codec == null) {
        return null;
      }
      type = name;
      return codec.readProperties(parser, context, TYPE, true);
    }

    @Override
    void write(JsonGenerator generator, Object value) {
      throw new UnsupportedOperationException("records are written by the dataset writer");
    }
  }
}
