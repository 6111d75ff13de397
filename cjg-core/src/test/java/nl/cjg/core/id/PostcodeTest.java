package nl.cjg.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.cjg.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {
  @Test
  void canonicalAndFormatted() {
    Postcode postcode = Postcode.parse("1861 kl");
    assertEquals("1861KL", postcode.value());
    assertEquals("1861 KL", postcode.formatted());
    assertEquals(1861, postcode.cijfers());
    assertEquals("Postcode[***]", postcode.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0861 KL", "1861 SA", "1861 SD", "1861 SS", "186 KL", "18611KL", "1861 K1", "18 61KL", "1861K L", "1861 - KL", "1861--KL", "1861.KL", "1861_KL", "1861 KLM", "1861", ""})
  void refusesWhatIsNotAPostcode(String text) {
    assertEquals(Postcode.FORMAT_CODE, assertThrows(InvalidValueException.class, () -> Postcode.parse(text)).code());
  }

  @Test
  void otherCombinationsWithSAreFine() {
    assertEquals("1861SB", Postcode.parse("1861SB").value());
  }
}
