package nl.cjg.core.populatie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import nl.cjg.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class LeeftijdTest {
  private static final LocalDate BORN = LocalDate.of(2000, 6, 15);

  @Test
  void becomesOlderOnTheBirthday() {
    assertEquals(22, Leeftijd.opDatum(BORN, LocalDate.of(2023, 6, 14)));
    assertEquals(23, Leeftijd.opDatum(BORN, LocalDate.of(2023, 6, 15)));
    assertEquals(0, Leeftijd.opDatum(BORN, BORN));
  }

  @Test
  void leapDayChildBecomesOlderOnFirstOfMarchInOrdinaryYears() {
    LocalDate leapDay = LocalDate.of(2004, 2, 29);
    assertEquals(0, Leeftijd.opDatum(leapDay, LocalDate.of(2005, 2, 28)));
    assertEquals(1, Leeftijd.opDatum(leapDay, LocalDate.of(2005, 3, 1)));
    assertEquals(4, Leeftijd.opDatum(leapDay, LocalDate.of(2008, 2, 29)));
    assertEquals(LocalDate.of(2005, 3, 1), Leeftijd.verjaardag(leapDay, 1));
    assertEquals(LocalDate.of(2008, 2, 29), Leeftijd.verjaardag(leapDay, 4));
    assertEquals(LocalDate.of(2027, 3, 1), Leeftijd.verjaardag(leapDay, 23));
  }

  @Test
  void aDateBeforeBirthIsAClearProblem() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Leeftijd.opDatum(BORN, BORN.minusDays(1)));
    assertEquals(Leeftijd.BEFORE_BIRTH_CODE, e.code());
  }
}
