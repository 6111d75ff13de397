package nl.cjg.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.id.Bsn;
import org.junit.jupiter.api.Test;

class PseudonimiseringTest {
  /** The bytes 0, 1, …, 31: a test key, never a real one. */
  static final byte[] KEY = testKey(0);

  static final String DOEL = "onderzoek casusoverleg 2012";

  static byte[] testKey(int first) {
    byte[] key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (first + i);
    }
    return key;
  }

  @Test
  void theBsnPseudonymIsTheHmacOfTheFramedPurposeKindAndValue() {
    // Computed independently (Python hmac): HMAC-SHA256(key, len‖"cjg-pseudoniem-1" len‖doel len‖"bsn" len‖bsn).
    assertEquals(
        "dc005f61f587abd67cc7cf450970bb8a164440c716e4810101f4a4ec4c451c19",
        Pseudonimisering.of(KEY, DOEL).van(Bsn.parse("999990019")).value());
  }

  @Test
  void refusesAKeyShorterThan32BytesWithoutShowingIt() {
    byte[] key = "ZqGeheimeSleutelVan31Tekens!!!!".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertEquals(31, key.length);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Pseudonimisering.of(key, DOEL));
    assertEquals("PSEUDONIMISERING-S01", e.code());
    assertFalse(e.getMessage().contains("ZqGeheime"), e.getMessage());
    assertFalse(e.getMessage().contains(HexFormat.of().formatHex(key)), e.getMessage());
    assertEquals(
        Pseudonimisering.KEY_CODE,
        assertThrows(InvalidValueException.class, () -> Pseudonimisering.of(null, DOEL)).code());
    assertEquals(DOEL, Pseudonimisering.of(testKey(1), DOEL).doel());
  }

  @Test
  void refusesABlankPurpose() {
    assertEquals(
        "PSEUDONIMISERING-S02", assertThrows(InvalidValueException.class, () -> Pseudonimisering.of(KEY, " ")).code());
    assertEquals(
        Pseudonimisering.DOEL_CODE, assertThrows(InvalidValueException.class, () -> Pseudonimisering.of(KEY, null)).code());
  }

  @Test
  void toStringShowsThePurposeButNeverTheKey() {
    byte[] key = "ZqGeheimeSleutelVanTweeëndertigBytes".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String text = Pseudonimisering.of(key, DOEL).toString();
    assertEquals("Pseudonimisering{doel=" + DOEL + ", sleutel=***}", text);
  }

  @Test
  void keepsItsOwnCopyOfTheKey() {
    byte[] key = testKey(7);
    Pseudonimisering pseudonimisering = Pseudonimisering.of(key, DOEL);
    Bsn bsn = Bsn.parse("999990019");
    String before = pseudonimisering.van(bsn).value();
    java.util.Arrays.fill(key, (byte) 0);
    assertEquals(before, pseudonimisering.van(bsn).value());
  }

  @Test
  void aBsnANameAndAKenmerkWithTheSameTextGetDifferentPseudonyms() {
    Pseudonimisering pseudonimisering = Pseudonimisering.of(KEY, DOEL);
    String text = "999990019";
    assertNotEquals(pseudonimisering.van(Bsn.parse(text)), pseudonimisering.vanNaam(text));
    assertNotEquals(pseudonimisering.van(Bsn.parse(text)), pseudonimisering.vanKenmerk(text));
    assertNotEquals(pseudonimisering.vanNaam(text), pseudonimisering.vanKenmerk(text));
  }

  @Test
  void theFramingKeepsPartsApart() {
    // Concatenated without length prefixes both would hash "…dnaamx" + "naam" + "y" = "…d" + "naam" + "xnaamy".
    assertNotEquals(Pseudonimisering.of(KEY, "dnaamx").vanNaam("y"), Pseudonimisering.of(KEY, "d").vanNaam("xnaamy"));
  }
}
