package nl.cjg.core.tijd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PeriodeProperties {
  @Property
  void parseReadsBackWhatFormatWrites(@ForAll("perioden") Periode periode) {
    assertEquals(periode, Periode.parse(periode.format()));
  }

  @Property
  void parseIgnoresCaseAndAcceptsOtherSeparators(@ForAll("perioden") Periode periode) {
    String text = periode.format();
    assertEquals(periode, Periode.parse(text.toUpperCase(Locale.ROOT)));
    assertEquals(periode, Periode.parse(text.replace(PeriodeTekst.TOT_EN_MET, " t/m ")));
    assertEquals(periode, Periode.parse(text.replace(PeriodeTekst.TOT_EN_MET, "-")));
  }

  @Property
  void containsExactlyTheDaysFromBeginThroughEnd(@ForAll("perioden") Periode periode) {
    assertTrue(periode.bevat(periode.begin()));
    assertFalse(periode.bevat(periode.begin().minusDays(1)));
    periode.eind().ifPresent(eind -> {
      assertTrue(periode.bevat(eind));
      assertFalse(periode.bevat(eind.plusDays(1)));
      assertFalse(eind.isBefore(periode.begin()));
    });
  }

  @Property
  void overlapIsSymmetricAndFollowsContainment(@ForAll("perioden") Periode a, @ForAll("perioden") Periode b) {
    assertEquals(a.overlapt(b), b.overlapt(a));
    assertTrue(a.overlapt(a));
    assertTrue(a.ligtBinnen(a));
    if (a.ligtBinnen(b)) {
      assertTrue(a.overlapt(b));
      assertFalse(a.begin().isBefore(b.begin()));
    }
    if (a.ligtNa(b)) {
      assertFalse(a.overlapt(b));
      assertTrue(Periode.CHRONOLOGISCH.compare(b, a) < 0);
    }
  }

  @Provide
  Arbitrary<Periode> perioden() {
    Arbitrary<Tijdvak> tijdvakken = tijdvakken();
    Arbitrary<Periode> enkel = tijdvakken.map(Periode::of);
    Arbitrary<Periode> vanaf = tijdvakken.map(Periode::vanaf);
    Arbitrary<Periode> bereik =
        Combinators.combine(tijdvakken, tijdvakken)
            .filter((van, tot) -> tot.begin().isAfter(van.begin()) && !tot.eind().isBefore(van.eind()))
            .as(Periode::of);
    return Arbitraries.oneOf(enkel, vanaf, bereik);
  }

  private static Arbitrary<Tijdvak> tijdvakken() {
    Arbitrary<Integer> jaren = Arbitraries.oneOf(Arbitraries.integers().between(1, 9999), Arbitraries.integers().between(2005, 2015));
    Arbitrary<Tijdvak> dagen =
        Arbitraries.oneOf(dagenTussen(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)), dagenTussen(LocalDate.of(2005, 1, 1), LocalDate.of(2015, 12, 31)))
            .map(Tijdvak::dag);
    Arbitrary<Tijdvak> maanden =
        Combinators.combine(jaren, Arbitraries.integers().between(1, 12)).as((jaar, maand) -> Tijdvak.maand(YearMonth.of(jaar, maand)));
    Arbitrary<Tijdvak> kwartalen = Combinators.combine(jaren, Arbitraries.integers().between(1, 4)).as(Tijdvak::kwartaal);
    Arbitrary<Tijdvak> jaargebonden =
        Combinators.combine(
                Arbitraries.of(Tijdvak.Soort.class).filter(Tijdvak.Soort::isJaargebonden), jaren)
            .as(Tijdvak::inJaar);
    return Arbitraries.oneOf(dagen, maanden, kwartalen, jaargebonden);
  }

  private static Arbitrary<LocalDate> dagenTussen(LocalDate eerste, LocalDate laatste) {
    return Arbitraries.longs().between(eerste.toEpochDay(), laatste.toEpochDay()).map(LocalDate::ofEpochDay);
  }
}
