package nl.cjg.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.Serializers;

/**
 * The Jackson module of the CJG model: registered on a {@code JsonMapper}, it reads and writes the
 * model's value types, identifiers and code lists exactly as {@link CjgJsonReader} and
 * {@link CjgJsonWriter} do — including the strictness, without business validation. Problems are
 * thrown as {@link CjgJsonException}. It handles only types of the {@code nl.cjg} packages.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new CjgModule()).build();
 * }</pre>
 *
 * <p>Found by {@code ObjectMapper.findModules()} through {@code META-INF/services}; prefer
 * {@link CjgJson#mapper()}, which also hardens the mapper itself.
 */
public final class CjgModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public CjgModule() {
    super(CjgModule.class.getName(), Version.unknownVersion());
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    CodecRegistry registry = new CodecRegistry();
    ReaderSettings settings = ReaderSettings.strictEnglish();
    context.addSerializers(
        new Serializers.Base() {
          @Override
          public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription description) {
            Class<?> raw = type.getRawClass();
            return registry.maps(raw) ? new CodecSerializer(raw, registry.untypedCodecFor(raw)) : null;
          }
        });
    context.addDeserializers(
        new Deserializers.Base() {
          @Override
          public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription description) {
            return deserializer(type);
          }

          @Override
          public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config, BeanDescription description) {
            return deserializer(config.constructType(type));
          }

          private JsonDeserializer<?> deserializer(JavaType type) {
            Class<?> raw = type.getRawClass();
            return registry.maps(raw) ? new CodecDeserializer(raw, registry.untypedCodecFor(raw), settings) : null;
          }
        });
  }
}
