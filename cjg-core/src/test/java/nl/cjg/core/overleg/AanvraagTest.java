package nl.cjg.core.overleg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.cjg.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class AanvraagTest {
  private static final LocalDate DATUM = LocalDate.of(2012, 3, 1);

  private static Aanvraag aanvraag(String kenmerk, LocalDate datum, Aanvraag.Prioriteit prioriteit, int minuten) {
    return Aanvraag.builder().kenmerk(kenmerk).aanvraagdatum(datum).prioriteit(prioriteit).verwachteMinuten(minuten).build();
  }

  @Test
  void defaults() {
    Aanvraag aanvraag = Aanvraag.builder().kenmerk("CJG-2012-001").aanvraagdatum(DATUM).verwachteMinuten(45).build();
    assertEquals(Aanvraag.Prioriteit.NORMAAL, aanvraag.prioriteit());
    assertFalse(aanvraag.ouderOfJongereAanwezig());
    assertFalse(aanvraag.eldersInBehandeling());
  }

  @Test
  void urgentFirstThenEarliestThenKenmerkThenTheRest() {
    Aanvraag spoedLaat = aanvraag("Z", DATUM.plusDays(9), Aanvraag.Prioriteit.SPOED, 30);
    Aanvraag vroeg = aanvraag("Y", DATUM, Aanvraag.Prioriteit.NORMAAL, 30);
    Aanvraag laterA = aanvraag("A", DATUM.plusDays(1), Aanvraag.Prioriteit.NORMAAL, 60);
    Aanvraag laterBKort = aanvraag("B", DATUM.plusDays(1), Aanvraag.Prioriteit.NORMAAL, 30);
    Aanvraag laterBLang = aanvraag("B", DATUM.plusDays(1), Aanvraag.Prioriteit.NORMAAL, 45);
    Aanvraag laterBLangMetOuders = Aanvraag.builder().from(laterBLang).ouderOfJongereAanwezig(true).build();
    List<Aanvraag> geschud =
        new ArrayList<>(List.of(laterBLangMetOuders, laterA, vroeg, laterBLang, spoedLaat, laterBKort));
    geschud.sort(Aanvraag.volgorde());
    assertEquals(List.of(spoedLaat, vroeg, laterA, laterBKort, laterBLang, laterBLangMetOuders), geschud);
  }

  @Test
  void aRequestNamesItsCase() {
    InvalidValueException thrown =
        assertThrows(InvalidValueException.class, () -> aanvraag(" ", DATUM, Aanvraag.Prioriteit.NORMAAL, 45));
    assertEquals("PLANNING-S03", thrown.code());
  }

  @Test
  void aRequestTakesAtLeastAMinute() {
    InvalidValueException thrown =
        assertThrows(InvalidValueException.class, () -> aanvraag("CJG-2012-001", DATUM, Aanvraag.Prioriteit.NORMAAL, 0));
    assertEquals("PLANNING-S04", thrown.code());
    assertEquals(1, aanvraag("CJG-2012-001", DATUM, Aanvraag.Prioriteit.NORMAAL, 1).verwachteMinuten());
  }
}
