package nl.cjg.core.privacy;

import static nl.cjg.core.privacy.PersonalDataHeuristic.looksLikePersonalData;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.id.Pseudoniem;
import nl.cjg.core.sample.SampleBsn;
import org.junit.jupiter.api.Test;

/** What looks like personal data in a reference, and what does not. */
class PersonalDataHeuristicTest {
  @Test
  void referencesAsTheyAreWrittenAreNotPersonalData() {
    for (String kenmerk :
        List.of("CJG-2012-0000042", "CJG-2012-007", "CJG-1", "BJZ/2012/45", "K-2012-01", "12", "CJG-9999999", "CJG 2012 0000042",
            "CJG-2012-13-45", "CJG-0612-345", "A1", "CJG-20120000123")) {
      assertFalse(looksLikePersonalData(kenmerk), kenmerk);
    }
  }

  @Test
  void personalDataInAReferenceIsFound() {
    for (String kenmerk :
        List.of(
            "999990019", "CJG-999990019", "999 990 019", "999.990.019", // a test-range BSN
            "Jansen", "CJG-Jansen", "de Vries", "jan", "CJG-2012-Pietje",
            "ouder@example.org", "CJG-a@b",
            "0612345678", "06-12345678", "072 512 3456", "+31 6 12345678", "31612345678", "0031612345678",
            "1-4-2012", "01.04.2012", "01/04/2012", "2012-04-01", "CJG-2012-02-29")) {
      assertTrue(looksLikePersonalData(kenmerk), kenmerk);
    }
    String eightDigits = SampleBsn.MET_VOORLOOPNULLEN.substring(1);
    assertTrue(looksLikePersonalData("CJG-" + eightDigits), "eight digits are read with a leading zero, as Bsn reads them");
    assertFalse(looksLikePersonalData("CJG-2013-02-29"), "no such day");
    assertFalse(looksLikePersonalData("CJG-123456789"), "fails the eleven-test");
    assertFalse(Bsn.passesElfproef("123456789"));
  }

  @Property(tries = 500)
  void everyTestRangeBsnIsFoundHoweverItIsWritten(
      @ForAll @IntRange(min = 0, max = 999) int index, @ForAll("separators") String separator, @ForAll("prefixes") String prefix) {
    String digits = SampleBsn.nummer(index % SampleBsn.aantal()).value();
    String written = digits.substring(0, 3) + separator + digits.substring(3, 6) + separator + digits.substring(6);
    assertTrue(looksLikePersonalData(prefix + written), written);
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of("", " ", ".");
  }

  @Provide
  Arbitrary<String> prefixes() {
    return Arbitraries.of("", "CJG-", "CJG ", "nr. ");
  }

  @Property(tries = 500)
  void everyNameIsFound(@ForAll("names") String name) {
    assertTrue(looksLikePersonalData(name), name);
    assertTrue(looksLikePersonalData("CJG-" + name + "-1"), name);
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withChars("éëïöü").ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> capitalised = Combinators.combine(Arbitraries.chars().range('A', 'Z'), word).as((first, rest) -> first + rest);
    return Arbitraries.oneOf(capitalised, word.filter(w -> w.length() >= 2), Combinators.combine(Arbitraries.of("de ", "van ", "van der "), capitalised).as(String::concat));
  }

  @Property(tries = 500)
  void everyDateIsFound(@ForAll @IntRange(min = 0, max = 40_000) int day, @ForAll("dateSeparators") String separator) {
    LocalDate date = LocalDate.of(1950, 1, 1).plusDays(day);
    String dayFirst = date.getDayOfMonth() + separator + date.getMonthValue() + separator + date.getYear();
    String yearFirst = date.getYear() + separator + String.format("%02d", date.getMonthValue()) + separator + String.format("%02d", date.getDayOfMonth());
    assertTrue(looksLikePersonalData(dayFirst), dayFirst);
    assertTrue(looksLikePersonalData("CJG-" + yearFirst), yearFirst);
  }

  @Provide
  Arbitrary<String> dateSeparators() {
    return Arbitraries.of("-", "/", ".");
  }

  @Property(tries = 1000)
  void referencesOfTheSampleFormAreNeverPersonalData(@ForAll @IntRange(min = 2000, max = 2099) int year, @ForAll @IntRange(min = 1, max = 9_999_999) int number) {
    String kenmerk = String.format("CJG-%d-%07d", year, number);
    assertFalse(looksLikePersonalData(kenmerk), kenmerk);
  }

  @Property(tries = 300)
  void aPseudonymIsNotPersonalData(@ForAll("pseudonyms") String pseudonym) {
    assertFalse(looksLikePersonalData(pseudonym), pseudonym);
    assertTrue(looksLikePersonalData(pseudonym.substring(1) + "@"), "only a whole pseudonym is exempt");
  }

  @Provide
  Arbitrary<String> pseudonyms() {
    Arbitrary<String> hex = Arbitraries.strings().withChars("0123456789abcdef").ofLength(Pseudoniem.LENGTH);
    return Arbitraries.oneOf(hex, Arbitraries.just("999990019" + "ab".repeat((Pseudoniem.LENGTH - 9) / 2) + "c"));
  }

  @Property(tries = 1000)
  void anyTextIsJudgedWithoutFailing(@ForAll String text) {
    looksLikePersonalData(text);
  }
}
