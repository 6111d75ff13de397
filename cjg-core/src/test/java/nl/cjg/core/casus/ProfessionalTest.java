package nl.cjg.core.casus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class ProfessionalTest {
  @Test
  void aProfessionalHasANameOrAnOrganisation() {
    assertEquals(Optional.of("Stichting de Wering"), Professional.ofOrganisatie("Stichting de Wering").organisatie());
    InvalidValueException none =
        assertThrows(InvalidValueException.class, () -> Professional.builder().functie("jeugdverpleegkundige").build());
    assertEquals(Professional.IDENTIFIED_CODE, none.code());
    InvalidValueException blank = assertThrows(InvalidValueException.class, () -> Professional.ofOrganisatie(" "));
    assertEquals(Professional.IDENTIFIED_CODE, blank.code());
    InvalidValueException blankName =
        assertThrows(
            InvalidValueException.class,
            () -> Professional.builder().naam("").organisatie("GGD Hollands Noorden").build());
    assertEquals(Professional.IDENTIFIED_CODE, blankName.code());
  }

  @Test
  void toStringHidesTheName() {
    String text =
        Professional.builder()
            .naam("Ilse Proefstra")
            .organisatie("GGD Hollands Noorden")
            .functie("jeugdarts")
            .build()
            .toString();
    assertFalse(text.contains("Proefstra"));
    assertTrue(text.contains("GGD Hollands Noorden"));
  }
}
