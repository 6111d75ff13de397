package nl.cjg.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.casus.Leefgebied;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.referentie.BergenReferentie;
import nl.cjg.core.routing.Ernst;
import nl.cjg.core.routing.Niveau;
import nl.cjg.core.routing.Router;
import nl.cjg.core.routing.RoutingRules;
import nl.cjg.core.routing.Situatie;
import nl.cjg.core.routing.Veiligheidssignaal;
import nl.cjg.core.testkit.Bespreekformulieren;
import org.junit.jupiter.api.Test;

/** The command line routes a case as the router does for a situation built by hand. */
class CasusRoutingTest {
  private static final Netwerk NETWERK = BergenReferentie.netwerk();
  private static final RoutingRules REGELS = RoutingRules.bergen2012();

  @Test
  void aCaseThatGradesItsConcernsRoutesOnThoseGrades() {
    Casus casus = Bespreekformulieren.metToestemming()
        .putZorgen(Leefgebied.THUIS, Ernst.ZORG)
        .addVeiligheidssignalen(Veiligheidssignaal.STRUCTURELE_ONVEILIGHEID)
        .build();
    Situatie handBuilt = Situatie.builder(casus).build();
    assertEquals(Map.of(Leefgebied.THUIS, Ernst.ZORG), CasusRouting.situatie(casus).orElseThrow().zorgen(),
        "the ungraded sketch of school/werk is no concern");
    assertEquals(Optional.of(Router.route(handBuilt, NETWERK, REGELS)), CasusRouting.route(casus, NETWERK, REGELS));
    assertEquals(Niveau.VEILIGHEID, CasusRouting.route(casus, NETWERK, REGELS).orElseThrow().niveau());
  }

  @Test
  void aCaseThatGradesNothingHasEverySketchedLeefgebiedAsAConcern() {
    Casus casus = Bespreekformulieren.metToestemming().build();
    assertEquals(Map.of(Leefgebied.THUIS, Ernst.ZORG, Leefgebied.SCHOOL_WERK, Ernst.ZORG),
        CasusRouting.situatie(casus).orElseThrow().zorgen());
  }

  @Test
  void aCaseThatKnowsOnlyABandRoutesAtItsLowerBound() {
    Casus casus = Bespreekformulieren.anoniem().kind(Kind.builder().leeftijdsgroep(Leeftijdsgroep.of(12, 19)).build()).build();
    assertEquals(12, CasusRouting.situatie(casus).orElseThrow().leeftijd());
  }
}
