package nl.cjg.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Proves that {@code module-info.java} resolves on the module path with only the runtime
 * dependencies, and that the validator works there (Hibernate Validator reaches the opened
 * packages, the messages load from the module).
 */
class ModuleDescriptorTest {
  private static final List<String> TEST_ONLY = List.of("junit", "jqwik", "opentest4j", "apiguardian", "test-classes");

  @Test
  void resolvesAndValidatesOnTheModulePath() throws Exception {
    Path[] runtime =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> TEST_ONLY.stream().noneMatch(entry::contains))
            .map(Path::of)
            .toArray(Path[]::new);
    ModuleFinder finder = ModuleFinder.of(runtime);
    Configuration configuration =
        ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of("nl.cjg.core"));
    ModuleLayer layer =
        ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    assertTrue(layer.findModule("nl.cjg.core").isPresent());

    ClassLoader loader = layer.findLoader("nl.cjg.core");
    Class<?> validatorType = loader.loadClass("nl.cjg.core.validation.CjgValidator");
    Object validator = validatorType.getMethod("create").invoke(null);
    Class<?> leeftijdsgroep = loader.loadClass("nl.cjg.core.populatie.Leeftijdsgroep");
    Object band = leeftijdsgroep.getMethod("of", int.class, int.class).invoke(null, 0, 4);
    Object result = validatorType.getMethod("validate", Object.class).invoke(validator, band);
    assertEquals(Boolean.TRUE, result.getClass().getMethod("isValid").invoke(result));
    assertEquals(validatorType.getModule(), layer.findModule("nl.cjg.core").orElseThrow());
  }
}
