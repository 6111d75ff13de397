package nl.cjg.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Proves that {@code module-info.java} resolves on the module path with only the runtime
 * dependencies, and that the export works there. HAPI FHIR's jars are automatic modules, which
 * cannot declare what they need themselves (SLF4J, Jackson, Commons): like an application started
 * with {@code --add-modules ALL-MODULE-PATH}, every module on the path is a root. The mapping works
 * there; HAPI's own {@code FhirContext} (and so JSON writing) does not, a limitation of HAPI FHIR
 * that this test records.
 */
class ModuleDescriptorTest {
  private static final String[] RUNTIME = {"cjg-core", "cjg-fhir/target/classes", "/ca/uhn/", "/jakarta/", "/org/hibernate/", "/org/jboss/",
      "/com/fasterxml/jackson/", "/com/fasterxml/classmate/", "/org/apache/commons/", "/commons-codec/", "/commons-io/", "/org/slf4j/", "/com/google/code/findbugs/",
      "/io/opentelemetry/", "/com/ibm/icu/", "/org/immutables/", "/org/ojalgo/"};
  private static final List<String> TEST_ONLY = List.of("hapi-fhir-validation", "hapi-fhir-converter", "hapi-fhir-caching-caffeine",
      "hapi-fhir-structures-r5", "org.hl7.fhir.validation", "org.hl7.fhir.convertors", "org.hl7.fhir.r4b", "org.hl7.fhir.r5",
      "org.hl7.fhir.dstu", "org.hl7.fhir.model", "org.hl7.fhir.support", "commons-compress", "/org/apache/httpcomponents/");

  @Test
  void resolvesAndExportsOnTheModulePath() throws Exception {
    Path[] runtime =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> Arrays.stream(RUNTIME).anyMatch(entry::contains))
            .filter(entry -> TEST_ONLY.stream().noneMatch(entry::contains))
            .map(Path::of)
            .toArray(Path[]::new);
    ModuleFinder finder = ModuleFinder.of(runtime);
    Set<String> all = finder.findAll().stream().map(module -> module.descriptor().name()).collect(Collectors.toSet());
    assertTrue(all.containsAll(Set.of("nl.cjg.fhir", "hapi.fhir.base", "hapi.fhir.structures.r4", "org.hl7.fhir.r4")), all.toString());
    Configuration configuration = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), all);
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    Module fhir = layer.findModule("nl.cjg.fhir").orElseThrow();
    assertTrue(fhir.isExported("nl.cjg.fhir"));
    assertTrue(layer.findModule("hapi.fhir.base").isPresent());

    Class<?> export = layer.findLoader("nl.cjg.fhir").loadClass("nl.cjg.fhir.FhirExport");
    assertEquals(fhir, export.getModule());
    ClassLoader loader = layer.findLoader("nl.cjg.fhir");
    Object instance = export.getMethod("create").invoke(null);
    Object bundle = export.getMethod("bundle", Iterable.class).invoke(instance, List.of());
    Object type = bundle.getClass().getMethod("getType").invoke(bundle);
    assertEquals("collection", type.getClass().getMethod("toCode").invoke(type));
    Method json = export.getMethod("json", loader.loadClass("org.hl7.fhir.r4.model.Resource"));
    InvocationTargetException hapi = assertThrows(InvocationTargetException.class, () -> json.invoke(instance, bundle));
    assertTrue(hapi.getCause() instanceof UnsupportedOperationException, hapi.getCause().toString());
  }
}
