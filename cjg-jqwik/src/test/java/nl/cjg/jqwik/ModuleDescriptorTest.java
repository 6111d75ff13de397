package nl.cjg.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Proves that {@code module-info.java} resolves on the module path with only the runtime
 * dependencies, and that it provides its arbitrary provider as a service there.
 */
class ModuleDescriptorTest {
  private static final List<String> TEST_ONLY = List.of("jqwik-engine", "junit-jupiter", "junit-platform-engine", "test-classes", "/jqwik-1");

  @Test
  void resolvesAndProvidesItsArbitrariesOnTheModulePath() throws Exception {
    Path[] runtime =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> TEST_ONLY.stream().noneMatch(entry::contains))
            .map(Path::of)
            .toArray(Path[]::new);
    Configuration configuration =
        ModuleLayer.boot().configuration().resolveAndBind(ModuleFinder.of(runtime), ModuleFinder.of(), Set.of("nl.cjg.jqwik"));
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    assertTrue(layer.findModule("nl.cjg.jqwik").isPresent());

    ClassLoader loader = layer.findLoader("nl.cjg.jqwik");
    Class<?> providerType = loader.loadClass("net.jqwik.api.providers.ArbitraryProvider");
    List<String> providers =
        ServiceLoader.load(layer, providerType).stream().map(provider -> provider.type().getName()).toList();
    assertTrue(providers.contains("nl.cjg.jqwik.CjgArbitraryProvider"), providers.toString());

    Class<?> facade = loader.loadClass("nl.cjg.jqwik.CjgArbitraries");
    assertEquals(layer.findModule("nl.cjg.jqwik").orElseThrow(), facade.getModule());
    assertTrue(facade.getModule().canRead(layer.findModule("nl.cjg.core").orElseThrow()));
    assertTrue(facade.getModule().isExported("nl.cjg.jqwik"));
  }
}
