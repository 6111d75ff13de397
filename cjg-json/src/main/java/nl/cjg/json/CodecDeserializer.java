package nl.cjg.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.List;

/**
 * Lets Jackson's {@code ObjectMapper} read a type of the model with its {@link Codec}, as strictly
 * as {@link CjgJsonReader} (without business validation): problems are thrown as a
 * {@link CjgJsonException}, and {@code null} is refused.
 */
final class CodecDeserializer extends StdDeserializer<Object> {
  private static final long serialVersionUID = 1L;

  private final transient Codec<Object> codec;
  private final transient ReaderSettings settings;

  CodecDeserializer(Class<?> type, Codec<Object> codec, ReaderSettings settings) {
    super(type);
    this.codec = codec;
    this.settings = settings;
  }

  @Override
  public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    ReadContext problems = new ReadContext(settings, 0);
    Object value = null;
    try {
      value = codec.read(parser, problems);
    } catch (ReadContext.StopReading stop) {
      // enough problems
    }
    if (value == null) {
      throw new CjgJsonException(parser, problems.problems());
    }
    return value;
  }

  @Override
  public Object getNullValue(DeserializationContext context) throws JsonMappingException {
    ReadContext problems = new ReadContext(settings, 0);
    JsonParser parser = context.getParser();
    problems.reportLast(parser.currentTokenLocation(), ReadContext.pointer(parser), ProblemCode.NULL);
    throw new CjgJsonException(parser, List.copyOf(problems.problems()));
  }
}
