package nl.cjg.jqwik;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.aanbod.Kengetal;
import nl.cjg.core.aanbod.Uitsplitsing;
import nl.cjg.core.populatie.Doelgroepsoort;
import nl.cjg.core.populatie.Leeftijdsgroep;

/** Arbitraries of offerings, their measures and breakdowns. Stateless. */
final class Aanbiedingen {
  private Aanbiedingen() {}

  /** A measure whose participants and attendance stay within the target group's size. */
  static Arbitrary<Kengetal> kengetal() {
    Arbitrary<Optional<Integer>> grootte = Arbitraries.integers().between(0, 10_000).optional(0.7);
    Arbitrary<Integer> procent = Arbitraries.integers().between(0, 100);
    return Builders.withBuilder(Kengetal::builder)
        .use(Tijd.datumbereik()).in(Kengetal.Builder::periode)
        .use(Basis.tekst()).withProbability(0.3).in(Kengetal.Builder::omschrijving)
        .use(Bevolking.kern().set().ofMaxSize(2)).in(Kengetal.Builder::kernen)
        .use(Combinators.combine(grootte, procent, procent).as(Aanbiedingen::telling)).in(Aanbiedingen::vul)
        .use(Arbitraries.integers().between(0, 5_000)).withProbability(0.5).in(Kengetal.Builder::contacten)
        .use(Arbitraries.integers().between(0, 500)).withProbability(0.3).in(Kengetal.Builder::trajecten)
        .use(Arbitraries.integers().between(0, 5_000)).withProbability(0.3).in(Kengetal.Builder::norm)
        .use(uitsplitsing().list().ofMaxSize(2)).in(Kengetal.Builder::uitsplitsingen)
        .build(Kengetal.Builder::build);
  }

  /** Target group size, participants and attendance: {@code [grootte, deelnemers, opgekomen]}. */
  private static int[] telling(Optional<Integer> grootte, int deelnemers, int opgekomen) {
    int basis = grootte.orElse(-1);
    return new int[] {basis, basis < 0 ? deelnemers * 10 : basis * deelnemers / 100, basis < 0 ? -1 : basis * opgekomen / 100};
  }

  private static Kengetal.Builder vul(Kengetal.Builder kengetal, int[] telling) {
    if (telling[0] >= 0) {
      kengetal.doelgroepgrootte(telling[0]).opgekomen(telling[2]);
    }
    return kengetal.deelnemers(telling[1]);
  }

  /** A breakdown whose stated total fits: a partition's is its sum, an overlap's at least its largest category. */
  static Arbitrary<Uitsplitsing> uitsplitsing() {
    Arbitrary<Map<String, Integer>> aantallen =
        Arbitraries.maps(Basis.naam(), Arbitraries.integers().between(0, 1_000)).ofMinSize(1).ofMaxSize(5).map(LinkedHashMap::new);
    return Combinators.combine(Basis.tekst(), aantallen, Arbitraries.of(false, true), Arbitraries.of(false, true), Arbitraries.integers().between(0, 100))
        .as((kenmerk, categorieen, overlappend, metTotaal, extra) -> {
          long som = categorieen.values().stream().mapToLong(Integer::longValue).sum();
          int grootste = categorieen.values().stream().mapToInt(Integer::intValue).max().orElse(0);
          var uitsplitsing = Uitsplitsing.builder().kenmerk(kenmerk).aantallen(categorieen).overlappend(overlappend);
          if (metTotaal) {
            uitsplitsing.totaal(overlappend ? grootste + extra : (int) som);
          }
          return uitsplitsing.build();
        });
  }

  /** An offering; one for jeugdigen or ouders names its ages, within 0 t/m 23. */
  static Arbitrary<Aanbod> aanbod() {
    Arbitrary<Set<Doelgroepsoort>> voor = Arbitraries.of(Doelgroepsoort.class).set().ofMinSize(1).ofMaxSize(3);
    return Builders.withBuilder(Aanbod::builder)
        .use(Basis.naam()).in(Aanbod.Builder::partner)
        .use(Basis.tekst()).in(Aanbod.Builder::naam)
        .use(Arbitraries.of(Aanbod.Soort.class)).in(Aanbod.Builder::soort)
        .use(Arbitraries.of(Aanbod.Aard.class)).in(Aanbod.Builder::aard)
        .use(Combinators.combine(voor, Bevolking.leeftijdsgroep(), Arbitraries.of(false, true)).as(Aanbiedingen::voorWie))
        .in(Aanbiedingen::vulVoor)
        .use(Basis.tekst()).withProbability(0.3).in(Aanbod.Builder::doelgroep)
        .use(Basis.tekst()).withProbability(0.3).in(Aanbod.Builder::omschrijving)
        .use(kengetal().list().ofMaxSize(2)).in(Aanbod.Builder::kengetallen)
        .build(Aanbod.Builder::build);
  }

  private record VoorWie(Set<Doelgroepsoort> voor, Optional<Leeftijdsgroep> leeftijden) {}

  private static VoorWie voorWie(Set<Doelgroepsoort> voor, Leeftijdsgroep band, boolean ookZonderLeeftijd) {
    boolean nodig = voor.stream().anyMatch(Doelgroepsoort::betreftLeeftijd);
    return new VoorWie(voor, nodig || ookZonderLeeftijd ? Optional.of(band) : Optional.empty());
  }

  private static Aanbod.Builder vulVoor(Aanbod.Builder aanbod, VoorWie voorWie) {
    return aanbod.voor(voorWie.voor()).leeftijdsgroep(voorWie.leeftijden());
  }
}
