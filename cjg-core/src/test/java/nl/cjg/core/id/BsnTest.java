package nl.cjg.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.cjg.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {
  @Test
  void readsNineDigitsAndPassesElfproef() {
    Bsn bsn = Bsn.parse(" 111222333 ");
    assertEquals("111222333", bsn.value());
    assertTrue(bsn.passesElfproef());
  }

  @Test
  void eightDigitsGetALeadingZero() {
    assertEquals("012345672", Bsn.parse("12345672").value());
    assertTrue(Bsn.parse("12345672").passesElfproef());
  }

  @Test
  void failingElfproefIsReadButReported() {
    Bsn bsn = Bsn.parse("123456789");
    assertFalse(bsn.passesElfproef());
  }

  @Test
  void allZerosFailsElfproefAlthoughItsSumIsZero() {
    assertFalse(Bsn.parse("000000000").passesElfproef());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\u00A0", "123456", "1234567890", "12345678a", "１２３４５６７８９", "-12345678", "12345678-", "123..456.782", "123 . 456", "123,456,782", "123/456/782", "12345678_"})
  void refusesTextThatIsNotSevenToNineDigitsWithoutEchoingIt(String text) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Bsn.parse(text));
    assertEquals(Bsn.FORMAT_CODE, e.code());
    if (!text.isBlank()) {
      assertFalse(e.getMessage().contains(text.strip()));
    }
  }

  @Test
  void nullIsAClearProblem() {
    assertEquals(Bsn.FORMAT_CODE, assertThrows(InvalidValueException.class, () -> Bsn.parse(null)).code());
  }

  @Test
  void toStringNeverShowsTheNumber() {
    assertEquals("Bsn[***]", Bsn.parse("111222333").toString());
  }

  @Test
  void equalByValue() {
    assertEquals(Bsn.parse("12345672"), Bsn.parse("012345672"));
    assertEquals(Bsn.parse("12345672").hashCode(), Bsn.parse("012345672").hashCode());
  }
}
