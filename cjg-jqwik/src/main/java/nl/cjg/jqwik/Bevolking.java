package nl.cjg.jqwik;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Doelgroep;
import nl.cjg.core.populatie.Doelgroepsoort;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Leeftijdsindeling;
import nl.cjg.core.populatie.Leeftijdsindelingen;
import nl.cjg.core.populatie.Omvang;
import nl.cjg.core.populatie.Populatie;
import nl.cjg.core.referentie.BergenReferentie;

/** Arbitraries of kernen, age bands, populations and target groups. Stateless. */
final class Bevolking {
  /** The first age above the CJG target group: it runs through 23. */
  static final int CJG_TOT = 24;

  private Bevolking() {}

  static Arbitrary<Kern> kern() {
    return Arbitraries.of(BergenKernen.all());
  }

  /** A band within the CJG target group {@code [0, 24)}; the CJG service bands are edge cases. */
  static Arbitrary<Leeftijdsgroep> leeftijdsgroep() {
    Leeftijdsgroep[] cjg = Leeftijdsindelingen.CJG_LEEFTIJDSGROEPEN.groepen().toArray(new Leeftijdsgroep[0]);
    return Basis.metRanden(
        Combinators.combine(Arbitraries.integers().between(0, CJG_TOT - 1), Arbitraries.integers().between(1, CJG_TOT))
            .as((van, breedte) -> Leeftijdsgroep.of(van, Math.min(CJG_TOT, van + breedte))),
        cjg);
  }

  static Arbitrary<Leeftijdsindeling> leeftijdsindeling() {
    return Arbitraries.of(Leeftijdsindelingen.all());
  }

  static Arbitrary<Populatie.Telling> telling() {
    return Builders.withBuilder(Populatie.Telling::builder)
        .use(kern()).withProbability(0.8).in((b, k) -> b.kern(k))
        .use(leeftijdsgroep()).withProbability(0.8).in((b, g) -> b.leeftijdsgroep(g))
        .use(Arbitraries.integers().between(0, 50_000)).in((b, a) -> b.aantal(a))
        .build(b -> b.build());
  }

  static Arbitrary<Omvang> omvang() {
    return Combinators.combine(Arbitraries.integers().between(0, 50_000), Basis.tekst(), Basis.dag()).as(Omvang::of);
  }

  /**
   * A population of Bergen: some kernen, each with its total and a band count within it, and the
   * municipal figures as their sums. The Bergen reference table is an edge case.
   */
  static Arbitrary<Populatie> populatie() {
    Arbitrary<Set<Kern>> kernen = kern().set().ofMaxSize(BergenKernen.all().size());
    Arbitrary<List<Integer>> totalen = Arbitraries.integers().between(0, 20_000).list().ofSize(BergenKernen.all().size());
    Arbitrary<List<Integer>> delen = Arbitraries.integers().between(0, 100).list().ofSize(BergenKernen.all().size());
    return Basis.metRanden(
        Combinators.combine(kernen, totalen, delen, leeftijdsgroep(), Basis.dag()).as(Bevolking::populatie),
        BergenReferentie.populatie());
  }

  private static Populatie populatie(
      Set<Kern> kernen, List<Integer> totalen, List<Integer> procenten, Leeftijdsgroep band, LocalDate peildatum) {
    Populatie.Builder populatie =
        Populatie.builder().gemeente(GemeenteCode.BERGEN_NH).peildatum(peildatum).bron("CBS, Gemeente op maat");
    List<Kern> lijst = new ArrayList<>(kernen);
    long totaal = 0;
    long inBand = 0;
    for (int i = 0; i < lijst.size(); i++) {
      int inwoners = totalen.get(i);
      int aantal = inwoners * procenten.get(i) / 100;
      populatie.addTellingen(Populatie.Telling.inwoners(lijst.get(i), inwoners), Populatie.Telling.of(lijst.get(i), band, aantal));
      totaal += inwoners;
      inBand += aantal;
    }
    if (!lijst.isEmpty()) {
      populatie.addTellingen(
          Populatie.Telling.builder().aantal((int) totaal).build(), Populatie.Telling.builder().leeftijdsgroep(band).aantal((int) inBand).build());
    }
    return populatie.build();
  }

  static Arbitrary<Doelgroep> doelgroep() {
    return Builders.withBuilder(Doelgroep::builder)
        .use(Basis.tekst()).in(Doelgroep.Builder::naam)
        .use(Arbitraries.of(Doelgroepsoort.class).set().ofMinSize(1)).in(Doelgroep.Builder::wie)
        .use(leeftijdsgroep()).withProbability(0.7).in(Doelgroep.Builder::leeftijdsgroep)
        .use(kern().set()).in(Doelgroep.Builder::kernen)
        .use(Basis.tekst().set().ofMaxSize(2)).in(Doelgroep.Builder::bijzondereGroepen)
        .use(omvang()).withProbability(0.5).in(Doelgroep.Builder::grootte)
        .build(Doelgroep.Builder::build);
  }
}
