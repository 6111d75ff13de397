package nl.cjg.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.cjg.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PseudoniemTest {
  private static final String HEX = "dc005f61f587abd67cc7cf450970bb8a164440c716e4810101f4a4ec4c451c19";

  @Test
  void readsSixtyFourHexDigitsInLowerCase() {
    Pseudoniem pseudoniem = Pseudoniem.parse(" " + HEX.toUpperCase(java.util.Locale.ROOT) + " ");
    assertEquals(HEX, pseudoniem.value());
    assertEquals(HEX, pseudoniem.toString());
    assertEquals(Pseudoniem.parse(HEX), pseudoniem);
    assertEquals(Pseudoniem.parse(HEX).hashCode(), pseudoniem.hashCode());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "dc005f61f587abd67cc7cf450970bb8a164440c716e4810101f4a4ec4c451c1",
        "dc005f61f587abd67cc7cf450970bb8a164440c716e4810101f4a4ec4c451c190",
        "gc005f61f587abd67cc7cf450970bb8a164440c716e4810101f4a4ec4c451c19",
        "dc005f61f587abd67cc7cf450970bb8a164440c716e4810101f4a4ec4c451c1/",
        "dc005f61f587abd67cc7cf450970bb8a164440c716e4810101f4a4ec4c451c1:",
        "dc005f61f587abd67cc7cf450970bb8a164440c716e4810101f4a4ec4c451c1@",
        "dc005f61f587abd67cc7cf450970bb8a164440c716e4810101f4a4ec4c451c1G",
        "dc005f61f587abd67cc7cf450970bb8a164440c716e4810101f4a4ec4c451c1`",
        " "
      })
  void refusesAnythingElse(String text) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Pseudoniem.parse(text));
    assertEquals("PSEUDONIEM-S01", e.code());
  }

  @Test
  void madeFromThirtyTwoBytes() {
    byte[] hash = new byte[32];
    hash[0] = (byte) 0xAB;
    hash[31] = 0x0F;
    assertEquals("ab" + "0".repeat(60) + "0f", Pseudoniem.of(hash).value());
    assertEquals(Pseudoniem.FORMAT_CODE, assertThrows(InvalidValueException.class, () -> Pseudoniem.of(new byte[31])).code());
  }

  @Test
  void ordersByDigits() {
    Pseudoniem low = Pseudoniem.parse("0".repeat(64));
    Pseudoniem high = Pseudoniem.parse("f".repeat(64));
    assertEquals(-1, Integer.signum(low.compareTo(high)));
    assertNotEquals(low, high);
    assertNotEquals(low, (Object) "0".repeat(64));
  }
}
