package nl.cjg.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.cjg.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class PublicIdentifierTest {
  @Test
  void bergenIsGm0373() {
    assertEquals(GemeenteCode.BERGEN_NH, GemeenteCode.parse("gm0373"));
    assertEquals("GM0373", GemeenteCode.BERGEN_NH.toString());
  }

  @Test
  void differentTypesWithTheSameDigitsAreNotEqual() {
    assertNotEquals(AgbCode.parse("12345678"), KvkNummer.parse("12345678"));
  }

  @Test
  void agbZorgsoortIsTheFirstTwoDigits() {
    assertEquals("03", AgbCode.parse("03012345").zorgsoort());
  }

  @Test
  void eachTypeNamesItsOwnFormatRule() {
    assertEquals(AgbCode.FORMAT_CODE, assertThrows(InvalidValueException.class, () -> AgbCode.parse("1234567")).code());
    assertEquals(KvkNummer.FORMAT_CODE, assertThrows(InvalidValueException.class, () -> KvkNummer.parse("x")).code());
    assertEquals(GemeenteCode.FORMAT_CODE, assertThrows(InvalidValueException.class, () -> GemeenteCode.parse("WK0373")).code());
    assertEquals(WijkCode.FORMAT_CODE, assertThrows(InvalidValueException.class, () -> WijkCode.parse("WK03730")).code());
    assertEquals(BuurtCode.FORMAT_CODE, assertThrows(InvalidValueException.class, () -> BuurtCode.parse("BU0373")).code());
  }

  @Test
  void wijkAndBuurtKnowWhereTheyLie() {
    BuurtCode buurt = BuurtCode.parse("BU03730101");
    assertEquals(WijkCode.parse("WK037301"), buurt.wijk());
    assertEquals(GemeenteCode.BERGEN_NH, buurt.wijk().gemeente());
  }
}
