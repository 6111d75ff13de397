package nl.cjg.core.verwijsindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.id.AgbCode;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.validation.CjgValidator;
import org.junit.jupiter.api.Test;

/** Signals with BSNs from the test range 9999xxxxx. */
class SignaalTest {
  private static final CjgValidator VALIDATOR = CjgValidator.create();
  private static final LocalDate LEAP_DAY_2000 = LocalDate.of(2000, 2, 29);

  private static Signaal.Builder signaal() {
    return Signaal.builder()
        .bsn(Bsn.parse("999990020"))
        .organisatie("Bureau Jeugdzorg Noord-Holland")
        .agbCode(AgbCode.parse("12345678"))
        .datumRegistratie(LocalDate.of(2012, 3, 12))
        .geboortedatum(LocalDate.of(1998, 7, 4));
  }

  private static List<String> found(Signaal signaal) {
    return VALIDATOR.validate(signaal).violations().stream().map(v -> v.ruleId() + " " + v.path()).toList();
  }

  @Test
  void theExampleIsValid() {
    assertEquals(List.of(), found(signaal().build()));
    assertEquals(List.of(), found(signaal().datumIntrekking(LocalDate.of(2012, 3, 12)).build()));
  }

  @Test
  void aSignalNamesItsOrganisation() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> signaal().organisatie(" ").build());
    assertEquals(Signaal.ORGANISATIE_CODE, e.code());
  }

  @Test
  void aSignalIsNotWithdrawnBeforeItIsRegistered() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> signaal().datumIntrekking(LocalDate.of(2012, 3, 11)).build());
    assertEquals(Signaal.WITHDRAWAL_CODE, e.code());
  }

  @Test
  void signaal001RegisteredBeforeThe23rdBirthday() {
    Signaal dayBefore = signaal().geboortedatum(LocalDate.of(1989, 3, 13)).build();
    assertEquals(List.of(), found(dayBefore));
    Signaal onTheBirthday = signaal().geboortedatum(LocalDate.of(1989, 3, 12)).build();
    assertEquals(List.of("SIGNAAL-001 datumRegistratie"), found(onTheBirthday));
  }

  @Test
  void signaal001ALeapDayChildTurns23OnTheFirstOfMarch() {
    Signaal lastDay = signaal().geboortedatum(LEAP_DAY_2000).datumRegistratie(LocalDate.of(2023, 2, 28)).build();
    assertEquals(List.of(), found(lastDay));
    Signaal tooLate = signaal().geboortedatum(LEAP_DAY_2000).datumRegistratie(LocalDate.of(2023, 3, 1)).build();
    assertEquals(List.of("SIGNAAL-001 datumRegistratie"), found(tooLate));
  }

  @Test
  void signaal001NotBeforeBirth() {
    Signaal unborn = signaal().geboortedatum(LocalDate.of(2012, 3, 13)).build();
    assertEquals(List.of("SIGNAAL-001 datumRegistratie"), found(unborn));
    assertEquals(List.of(), found(signaal().geboortedatum(LocalDate.of(2012, 3, 12)).build()));
  }

  @Test
  void signaal001ReportsExtremeDatesWithoutThrowing() {
    Signaal farFuture =
        signaal().geboortedatum(LocalDate.MAX.minusDays(1)).datumRegistratie(LocalDate.MAX).build();
    assertEquals(List.of(), found(farFuture));
    Signaal farPast = signaal().geboortedatum(LocalDate.MIN).build();
    assertEquals(List.of("SIGNAAL-001 datumRegistratie"), found(farPast));
  }

  @Test
  void signaal001MessageNamesTheBirthday() {
    Signaal tooLate = signaal().geboortedatum(LocalDate.of(1980, 1, 1)).build();
    assertEquals(
        "on the date of registration the young person is not yet born or already 23 or older; the "
            + "Verwijsindex serves young people under 23",
        CjgValidator.create(Locale.ENGLISH).validate(tooLate).violations().get(0).message());
  }

  @Test
  void bsn001TheBsnPassesTheElevenTest() {
    assertEquals(List.of("BSN-001 bsn"), found(signaal().bsn(Bsn.parse("999990021")).build()));
  }

  @Test
  void toStringHidesBsnAndBirthDate() {
    String text = signaal().build().toString();
    assertFalse(text.contains("999990020"));
    assertFalse(text.contains("1998"));
    assertTrue(text.contains("Bureau Jeugdzorg Noord-Holland"));
    assertTrue(text.contains("2012-03-12"));
  }
}
