package nl.cjg.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import nl.cjg.core.testkit.ModulePath;
import org.junit.jupiter.api.Test;

/**
 * Proves that {@code module-info.java} of {@code nl.cjg.examples} resolves on the module path with
 * only the runtime dependencies, and that the command line works there (picocli reaches the opened
 * command package, the bundled tables load from the module).
 */
class ModuleDescriptorTest {
  @Test
  void resolvesAndRunsOnTheModulePath() throws Exception {
    ModuleLayer layer = ModulePath.layer("nl.cjg.examples", false, ModulePath.JUNIT_AND_JQWIK);
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
