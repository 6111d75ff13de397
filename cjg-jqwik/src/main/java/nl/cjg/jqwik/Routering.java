package nl.cjg.jqwik;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import nl.cjg.core.casus.Leefgebied;
import nl.cjg.core.routing.Ernst;
import nl.cjg.core.routing.Omstandigheid;
import nl.cjg.core.routing.Situatie;
import nl.cjg.core.routing.Veiligheidssignaal;
import nl.cjg.core.verwijsindex.Match;

/** Arbitraries of routing situations and Verwijsindex matches. Stateless. */
final class Routering {
  private Routering() {}

  /** Situations of a child aged 0 to 23. */
  static Arbitrary<Situatie> situatie() {
    return Builders.withBuilder(Situatie::builder)
        .use(Arbitraries.integers().between(0, Bevolking.CJG_TOT - 1)).in(Situatie.Builder::leeftijd)
        .use(Bevolking.kern()).withProbability(0.7).in(Situatie.Builder::kern)
        .use(Arbitraries.maps(Arbitraries.of(Leefgebied.class), Arbitraries.of(Ernst.class)).ofMaxSize(4))
        .in(Situatie.Builder::zorgen)
        .use(Arbitraries.of(Veiligheidssignaal.class).set().ofMaxSize(2)).in(Situatie.Builder::signalen)
        .use(Arbitraries.of(false, true)).in(Situatie.Builder::samenwerkingMetOudersMogelijk)
        .use(Arbitraries.of(false, true)).in(Situatie.Builder::metToestemming)
        .use(Basis.naam()).withProbability(0.2).in(Situatie.Builder::behandelaar)
        .use(Arbitraries.of(Omstandigheid.class).set().ofMaxSize(2)).in(Situatie.Builder::omstandigheden)
        .use(Arbitraries.integers().between(0, 10)).in(Situatie.Builder::betrokkenProfessionals)
        .use(Arbitraries.of(false, true)).in(Situatie.Builder::zorgcoordinatorBekend)
        .use(Arbitraries.of(false, true)).in(Situatie.Builder::inVerwijsindex)
        .build(Situatie.Builder::build);
  }

  /** Matches of two to four different organisations for one test-range BSN. */
  static Arbitrary<Match> match() {
    return Combinators.combine(Identificatie.bsn(), Basis.naam().list().ofMinSize(2).ofMaxSize(4))
        .as((bsn, namen) -> {
          List<String> organisaties = new ArrayList<>();
          for (String naam : namen) {
            organisaties.add(naam + " " + (organisaties.size() + 1));
          }
          return Match.builder().bsn(bsn).organisaties(organisaties).build();
        });
  }
}
