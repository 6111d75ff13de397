package nl.cjg.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Toestemmer;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.validation.CjgValidator;

/** The example of docs/property-testing.md, so that it keeps compiling and passing. */
class PropertyTestingExampleProperties {
  private static final CjgValidator VALIDATOR = CjgValidator.create();

  @Property(tries = 200)
  void everyCaseCanBeStoredAndIsValid(@ForAll Casus casus) {
    assertTrue(VALIDATOR.validate(casus).isValid());
  }

  @Provide
  Arbitrary<Casus> pubersInSchoorl() {
    return CjgArbitraries.casus().metToestemming().leeftijd(12, 16).kern(BergenKernen.SCHOORL);
  }

  @Property(tries = 200)
  void consentOfTeenagersNamesTheChild(@ForAll("pubersInSchoorl") Casus casus) {
    assertTrue(casus.toestemming().gegevenDoor().contains(Toestemmer.KIND));
  }

  @Provide
  Arbitrary<?> overlegVoorInvulling() {
    return CjgArbitraries.invalid("CASUS-004");
  }

  @Property(tries = 200)
  void aMeetingBeforeTheFormIsReported(@ForAll("overlegVoorInvulling") Object casus) {
    assertEquals(Set.of("CASUS-004"), VALIDATOR.validate(casus).ruleIds());
  }
}
