package nl.cjg.jqwik;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.populatie.Leeftijd;
import nl.cjg.core.verwijsindex.Signaal;
import nl.cjg.core.verwijsindex.Verval;

/** Arbitraries of Verwijsindex signals. Stateless. */
final class Signalen {
  private static final LocalDate SCHRIKKELDAG = LocalDate.of(2004, 2, 29);

  private Signalen() {}

  /** The parts a signal is made from. */
  private static final class Ontwerp {
    Bsn bsn;
    String organisatie;
    LocalDate geboren;
    int leeftijd;
    int dag;
    Optional<Integer> dagenTotIntrekking = Optional.empty();
  }

  /**
   * Signals registered while the young person is 0 to 22, so before the 23rd birthday; a
   * registration on the day before that birthday, and a birth date of 29 February, are edge cases.
   */
  static Arbitrary<Signaal> signaal() {
    Arbitrary<LocalDate> geboren = Basis.metRanden(Basis.dag(LocalDate.of(1990, 1, 1), LocalDate.of(2020, 12, 31)), SCHRIKKELDAG);
    Arbitrary<Signaal> gewoon =
        Builders.withBuilder(Ontwerp::new)
            .use(Identificatie.bsn()).inSetter((o, v) -> o.bsn = v)
            .use(Basis.naam()).inSetter((o, v) -> o.organisatie = v)
            .use(geboren).inSetter((o, v) -> o.geboren = v)
            .use(Arbitraries.integers().between(0, 22)).inSetter((o, v) -> o.leeftijd = v)
            .use(Arbitraries.integers().between(0, 365)).inSetter((o, v) -> o.dag = v)
            .use(Arbitraries.integers().between(0, 730)).withProbability(0.4).inSetter((o, v) -> o.dagenTotIntrekking = Optional.of(v))
            .build(Signalen::signaal);
    Arbitrary<Signaal> dagVoor23 =
        Combinators.combine(geboren, Identificatie.bsn(), Basis.naam())
            .as((datum, bsn, organisatie) -> Signaal.builder()
                .bsn(bsn)
                .organisatie(organisatie)
                .geboortedatum(datum)
                .datumRegistratie(Leeftijd.verjaardag(datum, 23).minusDays(1))
                .build());
    return Arbitraries.frequencyOf(Tuple.of(1, dagVoor23), Tuple.of(20, gewoon));
  }

  private static Signaal signaal(Ontwerp o) {
    LocalDate verjaardag = Leeftijd.verjaardag(o.geboren, o.leeftijd);
    long totVolgende = ChronoUnit.DAYS.between(verjaardag, Leeftijd.verjaardag(o.geboren, o.leeftijd + 1));
    LocalDate registratie = verjaardag.plusDays(Math.min(o.dag, totVolgende - 1));
    return Signaal.builder()
        .bsn(o.bsn)
        .organisatie(o.organisatie)
        .geboortedatum(o.geboren)
        .datumRegistratie(registratie)
        .datumIntrekking(o.dagenTotIntrekking.map(registratie::plusDays))
        .build();
  }

  /** When and why a signal ends. */
  static Arbitrary<Verval> verval() {
    return Combinators.combine(Basis.dag(), Arbitraries.of(Verval.Reden.class)).as(Verval::of);
  }
}
