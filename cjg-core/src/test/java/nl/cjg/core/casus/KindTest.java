package nl.cjg.core.casus;

import static nl.cjg.core.testkit.Bespreekformulieren.persoonsgegevens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.testkit.Bespreekformulieren;
import org.junit.jupiter.api.Test;

class KindTest {
  @Test
  void theAgeIsGivenOnce() {
    Persoonsgegevens born = persoonsgegevens(LocalDate.of(2003, 2, 14)).build();
    InvalidValueException twice =
        assertThrows(InvalidValueException.class, () -> Kind.builder().persoonsgegevens(born).leeftijd(9).build());
    assertEquals(Kind.ONE_AGE_CODE, twice.code());
    InvalidValueException ageAndBand =
        assertThrows(
            InvalidValueException.class,
            () -> Kind.builder().leeftijd(9).leeftijdsgroep(Leeftijdsgroep.of(4, 12)).build());
    assertEquals(Kind.ONE_AGE_CODE, ageAndBand.code());
  }

  @Test
  void anAgeLiesFrom0To150() {
    InvalidValueException negative =
        assertThrows(InvalidValueException.class, () -> Kind.builder().leeftijd(-1).build());
    assertEquals(Kind.AGE_RANGE_CODE, negative.code());
    InvalidValueException beyond =
        assertThrows(InvalidValueException.class, () -> Kind.builder().leeftijd(151).build());
    assertEquals(Kind.AGE_RANGE_CODE, beyond.code());
    Kind oldest = Kind.builder().leeftijd(Kind.MAX_LEEFTIJD).build();
    assertEquals(
        List.of("ANONIEM-002 kind.leeftijd", "CASUS-001 kind.leeftijd"),
        Voorbeelden.found(Bespreekformulieren.anoniem().kind(oldest).build()));
  }

  @Test
  void aLeapDayChildIsAYearOlderOnTheFirstOfMarch() {
    Kind kind = Kind.builder().persoonsgegevens(persoonsgegevens(LocalDate.of(2004, 2, 29)).build()).build();
    assertEquals(Optional.of(Leeftijdsgroep.of(6, 7)), kind.leeftijdenOp(LocalDate.of(2011, 2, 28)));
    assertEquals(Optional.of(Leeftijdsgroep.of(7, 8)), kind.leeftijdenOp(LocalDate.of(2011, 3, 1)));
    assertEquals(Optional.empty(), kind.leeftijdenOp(LocalDate.of(2004, 2, 28)));
  }

  @Test
  void casus002OnAChildAlone() {
    assertEquals(List.of("CASUS-002 "), Voorbeelden.found(Kind.builder().build()));
    assertEquals(List.of(), Voorbeelden.found(Kind.builder().leeftijd(0).build()));
  }

  @Test
  void toStringHidesEthnicityAndSchoolCareer() {
    String text =
        Kind.builder()
            .leeftijd(7)
            .etniciteit("Fries")
            .schoolloopbaan("versneld")
            .school("De Testschool")
            .build()
            .toString();
    assertFalse(text.contains("Fries"));
    assertFalse(text.contains("versneld"));
    assertTrue(text.contains("De Testschool"));
  }
}
