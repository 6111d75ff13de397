package nl.cjg.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import nl.cjg.core.testkit.ModulePath;
import org.junit.jupiter.api.Test;

/**
 * Proves that {@code module-info.java} resolves on the module path with only the runtime
 * dependencies, that the validator works there (Hibernate Validator reaches the packages opened to
 * it, the messages load from the module), and that no package is opened to any other module.
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
  }

  @Test
  void opensPackagesOnlyToHibernateValidator() {
    Module core = ModulePath.layer("nl.cjg.core", false, ModulePath.JUNIT_AND_JQWIK).findModule("nl.cjg.core").orElseThrow();
    assertFalse(core.getDescriptor().isOpen());
    assertFalse(core.getDescriptor().opens().isEmpty());
    for (ModuleDescriptor.Opens opens : core.getDescriptor().opens()) {
      assertEquals(Set.of("org.hibernate.validator"), opens.targets(), opens.source());
    }
  }
}
