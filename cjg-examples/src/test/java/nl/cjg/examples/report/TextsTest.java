package nl.cjg.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The report's languages: numbers and dates as each language writes them, in tables and charts, and complete bundles. */
class TextsTest {
  private static final Texts DUTCH = Texts.of(Texts.DUTCH);
  private static final Texts ENGLISH = Texts.of(Locale.US);

  @Test
  void numbersKeepTheirDecimalsAndUseTheLanguagesSeparators() {
    assertEquals("32.975", DUTCH.number(32975));
    assertEquals("108,1", DUTCH.number(new BigDecimal("108.1")));
    assertEquals("1.234,50", DUTCH.number(new BigDecimal("1234.50")));
    assertEquals("32,975", ENGLISH.number(32975));
    assertEquals("108.1", ENGLISH.number(new BigDecimal("108.1")));
    assertEquals("12,5", DUTCH.number(12.45, 1));
    assertEquals("3", DUTCH.number(3.0, 1));
    assertEquals("1.000.000", DUTCH.number(new BigDecimal("1E+6")), "never scientific notation");
  }

  @Test
  void theLanguageIsEnglishOnlyForEnglishAndTheMachinesLocalePlaysNoPart() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.US);
      assertEquals("nl", Texts.of(Locale.GERMAN).languageTag());
      assertEquals("1.234", Texts.of(Locale.GERMAN).number(1234));
    } finally {
      Locale.setDefault(before);
    }
    assertEquals("en", ENGLISH.languageTag());
    assertEquals("31 december 2012", DUTCH.date(LocalDate.of(2012, 12, 31)));
    assertEquals("31 December 2012", ENGLISH.date(LocalDate.of(2012, 12, 31)));
  }

  @Test
  void chartsWriteNumbersInTheReportsLanguage() {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    values.put("besteed t.o.v. gepland", new BigDecimal("108.1"));
    values.put("bereik", new BigDecimal("2934"));
    String dutch = Charts.bars("a", "Titel", "soort", "waarde", values, DUTCH).svg();
    String english = Charts.bars("a", "Title", "kind", "value", values, ENGLISH).svg();
    assertTrue(dutch.contains(">108,1<") && dutch.contains(">2.934<"), "Dutch decimal comma and thousands point");
    assertFalse(dutch.contains(">108.1<") || dutch.contains(">2,934<"), "no English number in a Dutch chart");
    assertTrue(english.contains(">108.1<") && english.contains(">2,934<"));
  }

  @Test
  void bothBundlesHaveTheSameKeysAndAMissingKeyIsAClearError() throws Exception {
    Properties dutch = new Properties();
    Properties english = new Properties();
    try (var in = Texts.class.getResourceAsStream("texts.properties")) {
      dutch.load(in);
    }
    try (var in = Texts.class.getResourceAsStream("texts_en.properties")) {
      english.load(in);
    }
    assertEquals(dutch.keySet(), english.keySet());
    assertThrows(MissingResourceException.class, () -> DUTCH.text("no.such.key"));
    assertEquals("Tabel bij de figuur X", DUTCH.text("html.chartTable", "X"));
  }
}
