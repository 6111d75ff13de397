package nl.cjg.core.tijd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodeTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "4 december 2008               | 4 december 2008               | 2008-12-04 | 2008-12-04",
        "November 2008 – maart 2009    | november 2008 – maart 2009    | 2008-11-01 | 2009-03-31",
        "April 2009 – juni 2009        | april 2009 – juni 2009        | 2009-04-01 | 2009-06-30",
        "Oktober 2009                  | oktober 2009                  | 2009-10-01 | 2009-10-31",
        "2010                          | 2010                          | 2010-01-01 | 2010-12-31",
        "3e kwartaal 2011              | 3e kwartaal 2011              | 2011-07-01 | 2011-09-30",
        "najaar 2012                   | najaar 2012                   | 2012-09-01 | 2012-11-30",
        "eind 2012                     | eind 2012                     | 2012-10-01 | 2012-12-31",
        "het einde van 2012            | eind 2012                     | 2012-10-01 | 2012-12-31",
        "Begin 2013                    | begin 2013                    | 2013-01-01 | 2013-03-31",
        "voorjaar 2013                 | voorjaar 2013                 | 2013-03-01 | 2013-05-31",
        "zomer van 2012                | zomer 2012                    | 2012-06-01 | 2012-08-31",
        "18 augustus 2009-22 september 2009 | 18 augustus 2009 – 22 september 2009 | 2009-08-18 | 2009-09-22",
        "2008 t/m 2010                 | 2008 – 2010                   | 2008-01-01 | 2010-12-31",
        "juni 2012 tot en met eind 2012 | juni 2012 – eind 2012        | 2012-06-01 | 2012-12-31",
      })
  void readsTheSeedsPhrasesWithTheirBounds(String text, String canonical, LocalDate begin, LocalDate eind) {
    Periode periode = Periode.parse(text);
    assertEquals(canonical, periode.format());
    assertEquals(canonical, periode.toString());
    assertEquals(begin, periode.begin());
    assertEquals(Optional.of(eind), periode.eind());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Vanaf september 2009", "vanaf  september\u00a02009 ", "september 2009 en verder"})
  void openEndedPeriodsHaveNoEnd(String text) {
    Periode periode = Periode.parse(text);
    assertEquals("vanaf september 2009", periode.format());
    assertTrue(periode.openEinde());
    assertEquals(LocalDate.of(2009, 9, 1), periode.begin());
    assertEquals(Optional.empty(), periode.eind());
    assertTrue(periode.bevat(LocalDate.of(2099, 1, 1)));
    assertFalse(periode.bevat(LocalDate.of(2009, 8, 31)));
  }

  @Test
  void theConsolidationPhaseRunsFrom2010On() {
    assertEquals(Periode.vanaf(Tijdvak.jaar(2010)), Periode.parse("2010 en verder"));
  }

  @Test
  void piecesAreBuiltFromTheirParts() {
    assertEquals(Periode.parse("3e kwartaal 2011"), Periode.of(Tijdvak.kwartaal(2011, 3)));
    assertEquals(Periode.parse("najaar 2012"), Periode.of(Tijdvak.inJaar(Tijdvak.Soort.NAJAAR, 2012)));
    assertEquals(Periode.parse("oktober 2009"), Periode.maand(YearMonth.of(2009, 10)));
    assertEquals(Periode.parse("23 september 2009"), Periode.dag(LocalDate.of(2009, 9, 23)));
    assertEquals(Periode.parse("2010"), Periode.jaar(2010));
    assertThrows(IllegalArgumentException.class, () -> Tijdvak.inJaar(Tijdvak.Soort.MAAND, 2012));
  }

  @Test
  void approximatePhrasesAreMarked() {
    assertTrue(Periode.parse("najaar 2012").isBenaderd());
    assertTrue(Periode.parse("juni 2012 – eind 2012").isBenaderd());
    assertFalse(Periode.parse("3e kwartaal 2011").isBenaderd());
    assertFalse(Periode.parse("vanaf september 2009").isBenaderd());
  }

  @Test
  void containsItsBoundsAndNothingOutside() {
    Periode krachtenveldanalyse = Periode.parse("November 2008 – maart 2009");
    assertTrue(krachtenveldanalyse.bevat(LocalDate.of(2008, 11, 1)));
    assertTrue(krachtenveldanalyse.bevat(LocalDate.of(2009, 3, 31)));
    assertFalse(krachtenveldanalyse.bevat(LocalDate.of(2008, 10, 31)));
    assertFalse(krachtenveldanalyse.bevat(LocalDate.of(2009, 4, 1)));
  }

  @Test
  void overlapWithinAndAfter() {
    Periode krachtenveldanalyse = Periode.parse("November 2008 – maart 2009");
    Periode startnotitie = Periode.parse("April 2009 – juni 2009");
    Periode raadsbijeenkomst = Periode.parse("4 december 2008");
    Periode fysiekPunt = Periode.parse("Vanaf september 2009");
    Periode looptijd = Periode.parse("2008 – 2010");

    assertFalse(krachtenveldanalyse.overlapt(startnotitie));
    assertTrue(krachtenveldanalyse.overlapt(raadsbijeenkomst));
    assertTrue(fysiekPunt.overlapt(Periode.parse("2010")));
    assertFalse(fysiekPunt.overlapt(startnotitie));

    assertTrue(raadsbijeenkomst.ligtBinnen(krachtenveldanalyse));
    assertFalse(krachtenveldanalyse.ligtBinnen(raadsbijeenkomst));
    assertTrue(startnotitie.ligtBinnen(looptijd));
    assertFalse(fysiekPunt.ligtBinnen(looptijd));
    assertTrue(Periode.parse("2010").ligtBinnen(Periode.parse("2010 en verder")));

    assertTrue(startnotitie.ligtNa(krachtenveldanalyse));
    assertFalse(krachtenveldanalyse.ligtNa(startnotitie));
    assertFalse(startnotitie.ligtNa(Periode.parse("april 2009")));
    assertFalse(Periode.parse("2030").ligtNa(fysiekPunt));
  }

  @Test
  void chronologicalOrderByBeginThenEndOpenLast() {
    Periode jaar = Periode.parse("2009");
    Periode maand = Periode.parse("januari 2009");
    Periode vanaf = Periode.parse("vanaf januari 2009");
    Periode later = Periode.parse("4 december 2008");
    List<Periode> gesorteerd = List.of(vanaf, jaar, maand, later).stream().sorted(Periode.CHRONOLOGISCH).toList();
    assertEquals(List.of(later, maand, jaar, vanaf), gesorteerd);
    assertEquals(0, Periode.CHRONOLOGISCH.compare(jaar, Periode.parse("januari 2009 – december 2009")));
  }

  @Test
  void sameDaysButDifferentPiecesAreNotEqual() {
    assertFalse(Periode.parse("2012").equals(Periode.parse("januari 2012 – december 2012")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "  ", "binnenkort", "13 2012", "december", "5e kwartaal 2012", "2012 – 2013 – 2014", "- 2012",
        "vanaf 2009 – 2010", "4 decembre 2008", "najaar", "20120"
      })
  void unreadableTextIsRefused(String text) {
    assertEquals(Periode.TEKST_CODE, assertThrows(InvalidValueException.class, () -> Periode.parse(text)).code());
  }

  @Test
  void aDayThatDoesNotExistIsRefused() {
    assertEquals(Periode.TEKST_CODE, assertThrows(InvalidValueException.class, () -> Periode.parse("31 april 2012")).code());
    assertEquals(Periode.TEKST_CODE, assertThrows(InvalidValueException.class, () -> Periode.parse(null)).code());
  }

  @Test
  void aRangeRunsForward() {
    assertEquals(
        Periode.VOLGORDE_CODE,
        assertThrows(InvalidValueException.class, () -> Periode.parse("maart 2009 – november 2008")).code());
    assertEquals(
        Periode.VOLGORDE_CODE, assertThrows(InvalidValueException.class, () -> Periode.parse("2009 – maart 2009")).code());
    assertEquals(
        Periode.VOLGORDE_CODE,
        assertThrows(InvalidValueException.class, () -> Periode.parse("1 maart 2009 – maart 2009")).code());
    assertEquals(
        Periode.VOLGORDE_CODE,
        assertThrows(InvalidValueException.class, () -> Periode.of(Tijdvak.jaar(2010), Tijdvak.jaar(2010))).code());
  }

  @Test
  void aRangeIsNotOpenEnded() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                Periode.builder()
                    .van(Tijdvak.jaar(2008))
                    .totEnMet(Tijdvak.jaar(2010))
                    .openEinde(true)
                    .build());
    assertEquals(Periode.EINDE_CODE, e.code());
  }

  @Test
  void aPieceBeginsWhereItsKindBegins() {
    assertEquals(
        Tijdvak.BEGIN_CODE,
        assertThrows(InvalidValueException.class, () -> Tijdvak.of(Tijdvak.Soort.MAAND, LocalDate.of(2009, 10, 2))).code());
    assertEquals(
        Tijdvak.BEGIN_CODE,
        assertThrows(InvalidValueException.class, () -> Tijdvak.of(Tijdvak.Soort.KWARTAAL, LocalDate.of(2011, 8, 1))).code());
    assertEquals(
        Tijdvak.BEGIN_CODE,
        assertThrows(InvalidValueException.class, () -> Tijdvak.of(Tijdvak.Soort.NAJAAR, LocalDate.of(2012, 10, 1))).code());
    assertEquals(Tijdvak.BEGIN_CODE, assertThrows(InvalidValueException.class, () -> Tijdvak.kwartaal(2011, 5)).code());
    assertEquals(Tijdvak.kwartaal(2011, 3), Tijdvak.of(Tijdvak.Soort.KWARTAAL, LocalDate.of(2011, 7, 1)));
  }

  @Test
  void yearsLieIn1To9999() {
    assertEquals(Tijdvak.JAAR_CODE, assertThrows(InvalidValueException.class, () -> Tijdvak.jaar(0)).code());
    assertEquals(Tijdvak.JAAR_CODE, assertThrows(InvalidValueException.class, () -> Tijdvak.jaar(10_000)).code());
    assertEquals(
        Tijdvak.JAAR_CODE,
        assertThrows(InvalidValueException.class, () -> Tijdvak.dag(LocalDate.of(-1, 1, 1))).code());
    assertEquals(Tijdvak.JAAR_CODE, assertThrows(InvalidValueException.class, () -> Periode.parse("0")).code());
    assertEquals(LocalDate.of(9999, 12, 31), Tijdvak.inJaar(Tijdvak.Soort.EIND_JAAR, 9999).eind());
  }
}
