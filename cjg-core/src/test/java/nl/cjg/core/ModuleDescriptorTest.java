package nl.cjg.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.cjg.core.testkit.ModulePath;
import org.junit.jupiter.api.Test;

/**
 * Proves that {@code module-info.java} resolves on the module path with only the runtime
 * dependencies, and that the validator works there (Hibernate Validator reaches the packages
 * opened to it, the messages load from the module).
 */
class ModuleDescriptorTest {
  @Test
  void resolvesAndValidatesOnTheModulePath() throws Exception {
    ModuleLayer layer = ModulePath.layer("nl.cjg.core", false, ModulePath.JUNIT_AND_JQWIK);
    Module core = layer.findModule("nl.cjg.core").orElseThrow();

    ClassLoader loader = layer.findLoader("nl.cjg.core");
    Class<?> validatorType = loader.loadClass("nl.cjg.core.validation.CjgValidator");
    Object validator = validatorType.getMethod("create").invoke(null);
    Class<?> leeftijdsgroep = loader.loadClass("nl.cjg.core.populatie.Leeftijdsgroep");
    Object band = leeftijdsgroep.getMethod("of", int.class, int.class).invoke(null, 0, 4);
    Object result = validatorType.getMethod("validate", Object.class).invoke(validator, band);
    assertEquals(Boolean.TRUE, result.getClass().getMethod("isValid").invoke(result));
    assertEquals(validatorType.getModule(), core);

    Object builder = leeftijdsgroep.getMethod("builder").invoke(null);
    Object broken = builder.getClass().getMethod("van", int.class).invoke(builder, 7);
    broken = broken.getClass().getMethod("tot", int.class).invoke(broken, 3);
    Object thrown = null;
    try {
      broken.getClass().getMethod("build").invoke(broken);
    } catch (java.lang.reflect.InvocationTargetException e) {
      thrown = e.getCause();
    }
    assertTrue(thrown instanceof RuntimeException, "the builder's invariant check runs on the module path");
  }
}
