package nl.cjg.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import nl.cjg.core.testkit.ModulePath;
import org.junit.jupiter.api.Test;

/**
 * Proves that the rules of the case, meeting and Verwijsindex packages fire when {@code
 * nl.cjg.core} runs as a named module: each package is exported, its value types are built through
 * their public builders (the generated implementations are package-private) and Hibernate
 * Validator reaches them through the packages opened to it.
 */
class CasesOnModulePathTest {
  @Test
  void rulesOfEachPackageFireOnTheModulePath() throws Exception {
    ClassLoader loader = moduleLoader();
    Class<?> validatorType = loader.loadClass("nl.cjg.core.validation.CjgValidator");
    Object validator = validatorType.getMethod("create").invoke(null);

    Object toestemming =
        build(loader, "nl.cjg.core.casus.Toestemming", "metToestemming", false, "besprokenMetOuders", false);
    assertEquals(Set.of("TOESTEMMING-002"), ruleIds(validator, toestemming));

    Class<?> rol = loader.loadClass("nl.cjg.core.overleg.Voorzitter$Rol");
    Object teamlid = rol.getField("TEAMLID").get(null);
    Object voorzitter =
        loader
            .loadClass("nl.cjg.core.overleg.Voorzitter")
            .getMethod("of", String.class, rol)
            .invoke(null, "Voorzitter", teamlid);
    Object overleg =
        build(loader, "nl.cjg.core.overleg.Casusoverleg", "datum", LocalDate.of(2012, 5, 21), "voorzitter", voorzitter);
    assertEquals(Set.of("OVERLEG-001"), ruleIds(validator, overleg));

    Object bsn =
        loader.loadClass("nl.cjg.core.id.Bsn").getMethod("parse", CharSequence.class).invoke(null, "999990021");
    Object signaal =
        build(
            loader,
            "nl.cjg.core.verwijsindex.Signaal",
            "bsn", bsn,
            "organisatie", "Bureau Jeugdzorg",
            "datumRegistratie", LocalDate.of(2012, 3, 12),
            "geboortedatum", LocalDate.of(2001, 1, 1));
    assertEquals(Set.of("BSN-001"), ruleIds(validator, signaal));
  }

  private static ClassLoader moduleLoader() {
    return ModulePath.layer("nl.cjg.core", false, ModulePath.JUNIT_AND_JQWIK).findLoader("nl.cjg.core");
  }

  /** Calls {@code type.builder()}, then each named setter with its value, then {@code build()}. */
  private static Object build(ClassLoader loader, String type, Object... settersAndValues) throws Exception {
    Object builder = loader.loadClass(type).getMethod("builder").invoke(null);
    for (int i = 0; i < settersAndValues.length; i += 2) {
      String setter = (String) settersAndValues[i];
      Object value = settersAndValues[i + 1];
      Class<?> valueType = value instanceof Boolean ? boolean.class : value.getClass();
      Method method =
          Arrays.stream(builder.getClass().getMethods())
              .filter(m -> m.getName().equals(setter) && m.getParameterCount() == 1)
              .filter(m -> m.getParameterTypes()[0].isAssignableFrom(valueType))
              .findFirst()
              .orElseThrow();
      method.invoke(builder, value);
    }
    return builder.getClass().getMethod("build").invoke(builder);
  }

  @SuppressWarnings("unchecked")
  private static Set<String> ruleIds(Object validator, Object value) throws Exception {
    Object result = validator.getClass().getMethod("validate", Object.class).invoke(validator, value);
    return (Set<String>) result.getClass().getMethod("ruleIds").invoke(result);
  }
}
