package nl.cjg.jqwik;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import nl.cjg.core.casus.Leefgebied;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.referentie.BergenReferentie;
import nl.cjg.core.routing.Advies;
import nl.cjg.core.routing.Ernst;
import nl.cjg.core.routing.Niveau;
import nl.cjg.core.routing.Omstandigheid;
import nl.cjg.core.routing.Router;
import nl.cjg.core.routing.RoutingRule;
import nl.cjg.core.routing.RoutingRules;
import nl.cjg.core.routing.Situatie;
import nl.cjg.core.routing.Veiligheidssignaal;
import nl.cjg.core.routing.Vervolgstap;
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
        .use(Arbitraries.of(false, true)).in(Situatie.Builder::samenwerkingProfessionalsOnvoldoende)
        .use(Arbitraries.of(false, true)).in(Situatie.Builder::hulpverleningStagneert)
        .use(Arbitraries.of(false, true)).in(Situatie.Builder::herstelGeprobeerd)
        .use(Arbitraries.of(false, true)).in(Situatie.Builder::procesregieZonderResultaat)
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

  /** The advice of the Bergen 2012 rules for an arbitrary situation in the Bergen network. */
  static Arbitrary<Advies> advies() {
    Netwerk netwerk = BergenReferentie.netwerk();
    RoutingRules regels = RoutingRules.bergen2012();
    return situatie().map(situatie -> Router.route(situatie, netwerk, regels));
  }

  /**
   * Well-formed routing rules: capitals in the id, a priority in range, up to three conditions on
   * different subjects (so that they can hold together), and a minimum level as their effect; a
   * set of one such rule is accepted by {@link RoutingRules#of}.
   */
  static Arbitrary<RoutingRule> routingRule() {
    Arbitrary<List<String>> voorwaarden = Arbitraries.of(VOORWAARDEN).list().ofMaxSize(3).uniqueElements();
    return Combinators.combine(
            Arbitraries.integers().between(1, 999),
            Arbitraries.integers().between(0, RoutingRules.MAX_PRIORITY),
            voorwaarden,
            Arbitraries.of(Niveau.class),
            Arbitraries.of(Vervolgstap.class).set().ofMaxSize(2),
            Basis.tekst())
        .as((nummer, prioriteit, als, niveau, stappen, uitleg) -> RoutingRule.builder()
            .id("REGEL-" + nummer)
            .priority(prioriteit)
            .conditions(als)
            .minimumLevel(niveau)
            .steps(List.copyOf(stappen))
            .explanationDutch(uitleg)
            .explanationEnglish(uitleg)
            .source("test")
            .build());
  }

  /** Conditions of the rule language, each on its own subject. */
  private static final List<String> VOORWAARDEN = List.of(
      "leeftijd >= 12",
      "hoogste ernst >= zorg",
      "signaal acute onveiligheid = ja",
      "samenwerking met ouders mogelijk = nee",
      "professionals >= 2",
      "in verwijsindex = nee",
      "omstandigheid scheiding = ja",
      "hulpverlening stagneert = ja");
}
