package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import nl.cjg.core.testkit.ModulePath;
import org.junit.jupiter.api.Test;

/**
 * Proves that {@code module-info.java} of {@code nl.cjg.json} resolves on the module path with only
 * the runtime dependencies, that reading and writing work there (the codecs build the model's
 * values through their public builders, Hibernate Validator checks the business rules, the
 * messages and schemas load from the module) and that the Jackson module is provided as a service.
 */
class ModuleDescriptorTest {
  @Test
  void resolvesReadsAndWritesOnTheModulePath() throws Exception {
    ModuleLayer layer =
        ModulePath.layer(
            "nl.cjg.json", true, "junit", "jqwik", "opentest4j", "apiguardian", "jazzer",
            // the schema generator's and the schema tests' dependencies
            "jsonschema-generator", "slf4j", "json-schema-validator", "ethlo", "jackson-dataformat-yaml", "snakeyaml");
    Module json = layer.findModule("nl.cjg.json").orElseThrow();
    ClassLoader loader = layer.findLoader("nl.cjg.json");

    Class<?> readerType = loader.loadClass("nl.cjg.json.CjgJsonReader");
    Class<?> kern = loader.loadClass("nl.cjg.core.populatie.Kern");
    Object reader = readerType.getMethod("create").invoke(null);
    Object result =
        readerType.getMethod("read", String.class, Class.class).invoke(reader, "{\"naam\":\"Schoorl\",\"gemeente\":\"GM0373\"}", kern);
    Object value = ((Optional<?>) result.getClass().getMethod("value").invoke(result)).orElseThrow();
    assertEquals(kern.getModule(), layer.findModule("nl.cjg.core").orElseThrow());

    Object writer = loader.loadClass("nl.cjg.json.CjgJsonWriter").getMethod("create").invoke(null);
    assertEquals("{\"naam\":\"Schoorl\",\"gemeente\":\"GM0373\"}", writer.getClass().getMethod("write", Object.class).invoke(writer, value));

    String casusText = CjgJsonWriter.create().write(ModelExamples.casus());
    Class<?> casus = loader.loadClass("nl.cjg.core.casus.Casus");
    Object casusRead = readerType.getMethod("read", String.class, Class.class).invoke(reader, casusText, casus);
    assertEquals(List.of(), casusRead.getClass().getMethod("codes").invoke(casusRead), "a whole case reads, business rules checked");
    Object casusValue = ((Optional<?>) casusRead.getClass().getMethod("value").invoke(casusRead)).orElseThrow();
    assertEquals(casusText, writer.getClass().getMethod("write", Object.class).invoke(writer, casusValue));

    Object failed = readerType.getMethod("read", String.class, Class.class).invoke(reader, "{\"naam\":\"Schoorl\"}", kern);
    assertEquals(List.of("JSON-REQUIRED"), failed.getClass().getMethod("codes").invoke(failed));

    Object schema = loader.loadClass("nl.cjg.json.CjgSchemas").getMethod("schema", String.class).invoke(null, "casus");
    assertTrue(((String) schema).contains("\"const\": \"casus\""), "the schemas load from the module");

    Class<?> jacksonModule = loader.loadClass("com.fasterxml.jackson.databind.Module");
    assertTrue(
        ServiceLoader.load(layer, jacksonModule).stream().anyMatch(provider -> provider.type().getModule() == json),
        "nl.cjg.json provides its Jackson module");
  }
}
