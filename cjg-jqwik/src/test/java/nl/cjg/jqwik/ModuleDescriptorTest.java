package nl.cjg.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ServiceLoader;
import nl.cjg.core.testkit.ModulePath;
import org.junit.jupiter.api.Test;

/**
 * Proves that {@code module-info.java} resolves on the module path with only the runtime
 * dependencies, and that it provides its arbitrary provider as a service there.
 */
class ModuleDescriptorTest {
  @Test
  void resolvesAndProvidesItsArbitrariesOnTheModulePath() throws Exception {
    ModuleLayer layer = ModulePath.layer("nl.cjg.jqwik", true);
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
