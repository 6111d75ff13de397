package nl.cjg.examples.demo;

import java.util.Optional;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.routing.Advies;
import nl.cjg.core.routing.Ernst;
import nl.cjg.core.routing.Router;
import nl.cjg.core.routing.RoutingRules;
import nl.cjg.core.routing.Situatie;

/**
 * Routes a {@link Casus} as the examples read a bespreekformulier. {@link Situatie#builder(Casus)}
 * takes what the form holds as data (age, kern, consent, professionals, zorgcoördinator,
 * Verwijsindex, and the severities, safety signals, cooperation, treating party and circumstances
 * the case records for routing); for what the form holds only as free text the examples decide,
 * and say so here:
 * <ul>
 *   <li>when only an age band is known, the child's age is the band's lower bound;
 *   <li>when the case grades no leefgebied ({@link Casus#zorgen()} is empty), every leefgebied the
 *       referrer sketched on the form is a concern ({@link Ernst#ZORG}); a case that grades its
 *       concerns routes with those grades only;
 *   <li>no safety signals, no treating party elsewhere and no special circumstances are read from
 *       free text.
 * </ul>
 * A case without any age cannot be routed. This class is stateless and thread-safe.
 */
public final class CasusRouting {
  private CasusRouting() {}

  /**
   * The situation of a case, as described above.
   *
   * @param casus the case
   * @return the situation, or empty when the child's age is not known at all
   */
  public static Optional<Situatie> situatie(Casus casus) {
    Optional<Leeftijdsgroep> leeftijden = casus.leeftijdenKind();
    if (leeftijden.isEmpty()) {
      return Optional.empty();
    }
    Situatie.Builder situatie = Situatie.builder(casus).leeftijd(leeftijden.get().van());
    if (casus.zorgen().isEmpty()) {
      casus.schets().keySet().forEach(leefgebied -> situatie.putZorgen(leefgebied, Ernst.ZORG));
    }
    return Optional.of(situatie.build());
  }

  /**
   * The advice for a case.
   *
   * @param casus the case
   * @param netwerk the partners to choose from
   * @param regels the routing rules
   * @return the advice, or empty when the child's age is not known at all
   */
  public static Optional<Advies> route(Casus casus, Netwerk netwerk, RoutingRules regels) {
    return situatie(casus).map(situatie -> Router.route(situatie, netwerk, regels));
  }
}
