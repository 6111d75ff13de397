package nl.cjg.core.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The procesregie of the Bergen 2012 rules over every situation: those involved repair first, the
 * procesregisseur only after a repair attempt, the wethouder's doorzettingsmacht only after
 * procesregie without result and never before the procesregisseur; and a failure never lowers the
 * advice.
 */
class ProcesregieProperties {
  private static final RoutingRules BERGEN = RoutingRules.bergen2012();
  private final RouterProperties generators = new RouterProperties();

  /** A failure that can be added to a situation. */
  enum Falen { SAMENWERKING_PROFESSIONALS, HULPVERLENING, PROCESREGIE }

  private static Advies route(Situatie situatie) {
    return Router.route(situatie, BergenNetwerk.NETWERK, BERGEN);
  }

  @Property(tries = 1000)
  void theDoorzettingsmachtIsNeverAdvisedWithoutARepairAttemptAndTheProcesregisseurBeforeIt(
      @ForAll("situaties") Situatie situatie) {
    List<Vervolgstap> stappen = route(situatie).vervolgstappen();
    int doorzettingsmacht = stappen.indexOf(Vervolgstap.DOORZETTINGSMACHT_WETHOUDER);
    boolean knelpunt = situatie.samenwerkingProfessionalsOnvoldoende() || situatie.hulpverleningStagneert();
    assertEquals(knelpunt && situatie.herstelGeprobeerd() && situatie.procesregieZonderResultaat(), doorzettingsmacht >= 0,
        stappen::toString);
    if (doorzettingsmacht >= 0) {
      int procesregisseur = stappen.indexOf(Vervolgstap.PROCESREGISSEUR_INSCHAKELEN);
      assertTrue(procesregisseur >= 0 && procesregisseur < doorzettingsmacht, stappen::toString);
      assertTrue(route(situatie).niveau().compareTo(Niveau.SPECIALISTISCHE_HULP) >= 0);
    }
  }

  @Property(tries = 1000)
  void failingCooperationOrHelpIsRepairedFirstAndOnlyThenGoesToTheProcesregisseur(@ForAll("situaties") Situatie situatie) {
    List<String> regels = route(situatie).toegepasteRegels();
    boolean samenwerking = situatie.samenwerkingProfessionalsOnvoldoende();
    boolean hulpverlening = situatie.hulpverleningStagneert();
    boolean herstel = situatie.herstelGeprobeerd();
    assertEquals(samenwerking && !herstel, regels.contains("HERSTEL-SAMENWERKING"), regels::toString);
    assertEquals(hulpverlening && !herstel, regels.contains("HERSTEL-HULPVERLENING"), regels::toString);
    assertEquals(samenwerking && herstel, regels.contains("PROCESREGIE-SAMENWERKING"), regels::toString);
    assertEquals(hulpverlening && herstel, regels.contains("PROCESREGIE-HULPVERLENING"), regels::toString);
    if (samenwerking || hulpverlening) {
      assertFalse(regels.contains("EIGEN-KRACHT"), regels::toString);
    }
  }

  @Property(tries = 1000)
  void addingAFailureNeverLowersTheLevelNorTheStepOnTheLadder(@ForAll("situaties") Situatie situatie, @ForAll Falen falen) {
    Situatie.Builder erger = Situatie.builder().from(situatie);
    switch (falen) {
      case SAMENWERKING_PROFESSIONALS -> erger.samenwerkingProfessionalsOnvoldoende(true);
      case HULPVERLENING -> erger.hulpverleningStagneert(true);
      default -> erger.procesregieZonderResultaat(true);
    }
    Advies voor = route(situatie);
    Advies na = route(erger.build());
    assertTrue(na.niveau().compareTo(voor.niveau()) >= 0, () -> voor.niveau() + " became " + na.niveau());
    assertTrue(trede(na) >= trede(voor), () -> voor.vervolgstappen() + " became " + na.vervolgstappen());
  }

  /** The highest step of the ladder the advice reaches: 0 none, 1 repair, 2 procesregisseur, 3 doorzettingsmacht. */
  private static int trede(Advies advies) {
    List<Vervolgstap> stappen = advies.vervolgstappen();
    if (stappen.contains(Vervolgstap.DOORZETTINGSMACHT_WETHOUDER)) {
      return 3;
    }
    if (stappen.contains(Vervolgstap.PROCESREGISSEUR_INSCHAKELEN)) {
      return 2;
    }
    return stappen.contains(Vervolgstap.HERSTEL_DOOR_BETROKKENEN) ? 1 : 0;
  }

  @Provide
  Arbitrary<Situatie> situaties() {
    return generators.situaties();
  }
}
