package nl.cjg.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.jqwik.CjgArbitraries;
import nl.cjg.json.CjgJsonReader;
import nl.cjg.json.CjgJsonWriter;
import nl.cjg.json.ReadResult;

/**
 * Embedding example: property tests with cjg-jqwik, as a municipal system writes them for its own
 * code. {@code @ForAll Casus} works through cjg-jqwik's arbitrary provider; {@link CjgArbitraries}
 * narrows the cases where a property needs it. Every generated case is valid, so a property only
 * has to say what the system under test must do with it — here: the strict JSON exchange keeps a
 * case unchanged.
 */
class CasusProperties {
  private static final CjgValidator VALIDATOR = CjgValidator.create();
  private static final CjgJsonReader READER = CjgJsonReader.create();
  private static final CjgJsonWriter WRITER = CjgJsonWriter.create();

  @Property(tries = 200)
  void everyGeneratedCaseIsValid(@ForAll Casus casus) {
    assertTrue(VALIDATOR.validate(casus).isValid(), () -> VALIDATOR.validate(casus).violations().toString());
  }

  @Property(tries = 200)
  void aCaseComesThroughTheStrictJsonExchangeUnchanged(@ForAll("teenagersWithConsent") Casus casus) {
    ReadResult<Casus> read = READER.read(WRITER.write(casus), Casus.class);
    assertEquals(casus, read.value().orElseThrow(() -> new AssertionError(read.problems())));
  }

  @Provide
  Arbitrary<Casus> teenagersWithConsent() {
    return CjgArbitraries.casus().leeftijd(12, 16).metToestemming();
  }
}
