package nl.cjg.core.routing;

import static nl.cjg.core.routing.BergenNetwerk.NETWERK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Leefgebied;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.testkit.Bespreekformulieren;
import org.junit.jupiter.api.Test;

/** A case that records what routing needs routes as a situation built by hand with the same facts. */
class SituatieUitCasusTest {
  private static final RoutingRules BERGEN = RoutingRules.bergen2012();

  /** The example case: nine years old on the form's date, in Bergen, two organisations, a zorgcoördinator, in the Verwijsindex. */
  private static Situatie.Builder handBuilt() {
    return Situatie.builder()
        .leeftijd(9)
        .kern(BergenKernen.BERGEN)
        .metToestemming(true)
        .betrokkenProfessionals(2)
        .zorgcoordinatorBekend(true)
        .inVerwijsindex(true);
  }

  @Test
  void theRoutingFieldsGoIntoTheSituation() {
    Casus casus = Bespreekformulieren.metToestemming()
        .putZorgen(Leefgebied.THUIS, Ernst.ERNSTIG)
        .putZorgen(Leefgebied.SCHOOL_WERK, Ernst.ZORG)
        .addVeiligheidssignalen(Veiligheidssignaal.ONTWIKKELING_IN_GEDRANG)
        .samenwerkingMetOudersMogelijk(false)
        .behandelaar("Triversum")
        .addOmstandigheden(Omstandigheid.SCHEIDING)
        .build();
    Situatie fromCase = Situatie.builder(casus).build();
    Situatie expected = handBuilt()
        .putZorgen(Leefgebied.THUIS, Ernst.ERNSTIG)
        .putZorgen(Leefgebied.SCHOOL_WERK, Ernst.ZORG)
        .addSignalen(Veiligheidssignaal.ONTWIKKELING_IN_GEDRANG)
        .samenwerkingMetOudersMogelijk(false)
        .behandelaar("Triversum")
        .addOmstandigheden(Omstandigheid.SCHEIDING)
        .build();
    assertEquals(expected, fromCase);
    assertEquals(Router.route(expected, NETWERK, BERGEN), Router.route(fromCase, NETWERK, BERGEN));
    assertEquals(Niveau.SPECIALISTISCHE_HULP, Router.route(fromCase, NETWERK, BERGEN).niveau());
  }

  @Test
  void cooperationIsPossibleWhenTheCaseDoesNotSay() {
    Situatie situatie = Situatie.builder(Bespreekformulieren.metToestemming().build()).build();
    assertTrue(situatie.samenwerkingMetOudersMogelijk());
    assertEquals(Optional.empty(), situatie.behandelaar());
    assertTrue(situatie.zorgen().isEmpty(), "a sketch is free text, never a graded concern");
    assertFalse(Situatie.builder(Bespreekformulieren.metToestemming().samenwerkingMetOudersMogelijk(false).build())
        .build()
        .samenwerkingMetOudersMogelijk());
  }

  @Test
  void aSafetySignalOnTheCaseReachesTheSafetyLevel() {
    Casus casus = Bespreekformulieren.metToestemming()
        .putZorgen(Leefgebied.THUIS, Ernst.ZORG)
        .addVeiligheidssignalen(Veiligheidssignaal.ACUTE_ONVEILIGHEID)
        .build();
    assertEquals(Niveau.VEILIGHEID, Router.route(Situatie.builder(casus).build(), NETWERK, BERGEN).niveau());
  }
}
