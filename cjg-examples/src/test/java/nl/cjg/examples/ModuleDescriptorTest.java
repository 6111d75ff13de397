package nl.cjg.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Proves that {@code module-info.java} of {@code nl.cjg.examples} resolves on the module path with
 * only the runtime dependencies, and that the command line works there (picocli reaches the opened
 * command package, the bundled tables load from the module).
 */
class ModuleDescriptorTest {
  private static final List<String> TEST_ONLY = List.of("junit", "jqwik", "opentest4j", "apiguardian", "test-classes");

  @Test
  void resolvesAndRunsOnTheModulePath() throws Exception {
    Path[] runtime =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> TEST_ONLY.stream().noneMatch(entry::contains))
            .map(Path::of)
            .toArray(Path[]::new);
    Configuration configuration =
        ModuleLayer.boot().configuration().resolve(ModuleFinder.of(runtime), ModuleFinder.of(), Set.of("nl.cjg.examples"));
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    assertTrue(layer.findModule("nl.cjg.examples").isPresent());

    ClassLoader loader = layer.findLoader("nl.cjg.examples");
    Class<?> terminalType = loader.loadClass("nl.cjg.examples.cli.Terminal");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Object terminal =
        terminalType
            .getConstructor(InputStream.class, PrintStream.class, PrintStream.class, boolean.class)
            .newInstance(
                InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false);
    Class<?> cjg = loader.loadClass("nl.cjg.examples.cli.Cjg");
    Object code = cjg.getMethod("run", terminalType, String[].class).invoke(null, terminal, new String[] {"--version"});
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("cjg "));
    assertEquals(cjg.getModule(), layer.findModule("nl.cjg.examples").orElseThrow());
  }
}
