package nl.cjg.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.cjg.core.id.Bsn;
import org.junit.jupiter.api.Test;

class CjgValidatorTest {
  /** A minimal holder, as the model's types hold a BSN. */
  static final class Holder {
    private final Bsn bsn;

    Holder(Bsn bsn) {
      this.bsn = bsn;
    }

    public Optional<@ElfproefGeldig Bsn> bsn() {
      return Optional.ofNullable(bsn);
    }
  }

  /** Holds BSNs in a list, as a form holds several children. */
  static final class ListHolder {
    private final List<Holder> holders;

    ListHolder(List<Holder> holders) {
      this.holders = holders;
    }

    public List<@jakarta.validation.Valid Holder> holders() {
      return holders;
    }

    public List<Optional<@ElfproefGeldig Bsn>> bsns() {
      return holders.stream().map(Holder::bsn).toList();
    }
  }

  private static final CjgValidator DUTCH = CjgValidator.create();
  private static final CjgValidator ENGLISH = CjgValidator.create(Locale.ENGLISH);

  @Test
  void seesRecordStyleAccessorsAndReportsTheRuleIdPathAndMessage() {
    ValidationResult result = DUTCH.validate(new Holder(Bsn.parse("123456789")));
    assertFalse(result.isValid());
    Violation violation = result.violations().get(0);
    assertEquals("BSN-001", violation.ruleId());
    assertEquals("bsn", violation.path());
    assertEquals("het BSN voldoet niet aan de elfproef", violation.message());
    assertEquals(Optional.empty(), violation.invalidValue());
  }

  @Test
  void theIndexOfAListElementFollowsTheListsName() {
    ListHolder holder = new ListHolder(List.of(new Holder(Bsn.parse("111222333")), new Holder(Bsn.parse("123456789"))));
    List<String> paths = DUTCH.validate(holder).violations().stream().map(Violation::path).toList();
    assertEquals(List.of("bsns[1]", "holders[1].bsn"), paths);
  }

  @Test
  void englishMessagesWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("nl-NL"));
      assertEquals("the BSN fails the eleven-test", ENGLISH.validate(new Holder(Bsn.parse("123456789"))).violations().get(0).message());
      Locale.setDefault(Locale.US);
      assertEquals("het BSN voldoet niet aan de elfproef", DUTCH.validate(new Holder(Bsn.parse("123456789"))).violations().get(0).message());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void validAndAbsentAreFine() {
    assertTrue(DUTCH.validate(new Holder(Bsn.parse("111222333"))).isValid());
    assertTrue(DUTCH.validate(new Holder(null)).isValid());
  }

  @Test
  void nullIsAProgrammingError() {
    assertThrows(NullPointerException.class, () -> DUTCH.validate(null));
  }

  @Test
  void otherLanguagesGetDutch() {
    assertEquals(
        "het BSN voldoet niet aan de elfproef",
        CjgValidator.create(Locale.GERMAN).validate(new Holder(Bsn.parse("123456789"))).violations().get(0).message());
  }
}
