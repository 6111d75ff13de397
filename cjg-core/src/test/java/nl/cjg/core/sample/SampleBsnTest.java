package nl.cjg.core.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import nl.cjg.core.id.Bsn;
import org.junit.jupiter.api.Test;

class SampleBsnTest {
  @Test
  void theRangeHoldsNineHundredAndNineNumbersThatPassTheElevenTest() {
    assertEquals(909, SampleBsn.aantal());
    Set<Bsn> gezien = new HashSet<>();
    for (int i = 0; i < SampleBsn.aantal(); i++) {
      Bsn bsn = SampleBsn.nummer(i);
      assertTrue(bsn.passesElfproef());
      assertTrue(SampleBsn.isTestBsn(bsn));
      assertTrue(bsn.value().startsWith("99999"));
      gezien.add(bsn);
    }
    assertEquals(909, gezien.size());
    assertEquals(SampleBsn.nummer(0), SampleBsn.nummer(909));
  }

  @Test
  void theRvigTestPersonsAreTestNumbers() {
    assertTrue(SampleBsn.isTestBsn(Bsn.parse("999993653")));
    assertTrue(SampleBsn.isTestBsn(Bsn.parse("999990019")));
    assertTrue(SampleBsn.isTestBsn(Bsn.parse(SampleBsn.MET_VOORLOOPNULLEN)));
    assertTrue(SampleBsn.isTestBsn(Bsn.parse("00009921")), "read with leading zeros");
  }

  @Test
  void numbersOutsideTheRangeOrFailingTheElevenTestAreNot() {
    Bsn buitenBereik = Bsn.parse("111222333");
    assertTrue(buitenBereik.passesElfproef());
    assertFalse(SampleBsn.isTestBsn(buitenBereik));
    Bsn ongeldig = Bsn.parse("999990010");
    assertFalse(ongeldig.passesElfproef());
    assertFalse(SampleBsn.isTestBsn(ongeldig));
    Bsn netOnderBereik = Bsn.parse("999989996");
    assertTrue(netOnderBereik.passesElfproef());
    assertFalse(SampleBsn.isTestBsn(netOnderBereik));
  }

  @Test
  void aNegativeIndexIsAProgrammingError() {
    assertThrows(IllegalArgumentException.class, () -> SampleBsn.nummer(-1));
    assertNotEquals(SampleBsn.nummer(1), SampleBsn.nummer(2));
  }
}
