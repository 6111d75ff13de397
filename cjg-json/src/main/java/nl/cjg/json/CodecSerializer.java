package nl.cjg.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Lets Jackson's {@code ObjectMapper} write a type of the model with its {@link Codec}. */
final class CodecSerializer extends StdSerializer<Object> {
  private static final long serialVersionUID = 1L;

  private final transient Codec<Object> codec;

  CodecSerializer(Class<?> type, Codec<Object> codec) {
    super(type, false);
    this.codec = codec;
  }

  @Override
  public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
    codec.write(generator, value);
  }
}
