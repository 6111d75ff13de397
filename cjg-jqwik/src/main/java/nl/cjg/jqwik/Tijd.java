package nl.cjg.jqwik;

import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import nl.cjg.core.tijd.Datumbereik;
import nl.cjg.core.tijd.Periode;
import nl.cjg.core.tijd.Tijdvak;

/** Arbitraries of periods and date ranges. Stateless. */
final class Tijd {
  private Tijd() {}

  static Arbitrary<Datumbereik> datumbereik() {
    return Combinators.combine(Basis.dag(), Arbitraries.integers().between(0, 730))
        .as((begin, dagen) -> Datumbereik.of(begin, begin.plusDays(dagen)));
  }

  static Arbitrary<Tijdvak> tijdvak() {
    Arbitrary<Integer> jaar = Arbitraries.integers().between(2000, 2030);
    return Arbitraries.oneOf(
        Basis.dag().map(Tijdvak::dag),
        Combinators.combine(jaar, Arbitraries.integers().between(1, 12)).as((j, m) -> Tijdvak.maand(YearMonth.of(j, m))),
        jaar.map(Tijdvak::jaar));
  }

  /** Single pieces, closed ranges of months and open-ended periods. */
  static Arbitrary<Periode> periode() {
    Arbitrary<YearMonth> maand =
        Combinators.combine(Arbitraries.integers().between(2000, 2030), Arbitraries.integers().between(1, 12)).as(YearMonth::of);
    Arbitrary<Periode> bereik =
        Combinators.combine(maand, Arbitraries.integers().between(1, 24))
            .as((van, maanden) -> Periode.of(Tijdvak.maand(van), Tijdvak.maand(van.plusMonths(maanden))));
    return Arbitraries.oneOf(tijdvak().map(Periode::of), bereik, tijdvak().map(Periode::vanaf));
  }

  /** A period within one year, for plans of that year. */
  static Arbitrary<Periode> maandIn(int jaar) {
    return Arbitraries.integers().between(1, 12).map(m -> Periode.maand(YearMonth.of(jaar, m)));
  }

  /** A day within the year. */
  static Arbitrary<LocalDate> dagIn(int jaar) {
    return Basis.dag(LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31));
  }
}
