package nl.cjg.core.routing;

import static nl.cjg.core.routing.BergenNetwerk.NETWERK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.cjg.core.casus.Gezinsplan;
import nl.cjg.core.casus.Gezinsplan.Escalatie.Reden;
import nl.cjg.core.casus.Gezinsplan.Escalatie.Trede;
import nl.cjg.core.casus.Leefgebied;
import nl.cjg.core.casus.Professional;
import org.junit.jupiter.api.Test;

/**
 * The procesregie of the Bergen 2012 rules, on the sources' wording: "Officieel komt de
 * procesregisseur pas in beeld wanneer de samenwerking rondom de casus onvoldoende van de grond
 * komt of wanneer geboden hulpverlening stagneert. In beide gevallen dient er voorafgaand aan
 * bemoeienis van de procesregisseur door de betrokkenen getracht te zijn dit te herstellen"
 * (Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de pilot, beleggen procesregie); "De
 * doorzettingsmacht van de wethouder Jeugd is geregeld bij stagnatie van hulp aan kinderen" (Plan
 * van aanpak CJG Bergen 2008–2010, stap 3).
 */
class ProcesregieTest {
  private static final RoutingRules BERGEN = RoutingRules.bergen2012();
  private static final LocalDate JULI = LocalDate.of(2012, 7, 2);

  private static Advies route(Situatie situatie) {
    return Router.route(situatie, NETWERK, BERGEN);
  }

  /** A child of 8 with a concern at home, parents cooperating and consenting, two professionals and a zorgcoördinator. */
  private static Situatie.Builder casus() {
    return Situatie.builder()
        .leeftijd(8)
        .putZorgen(Leefgebied.THUIS, Ernst.ZORG)
        .metToestemming(true)
        .betrokkenProfessionals(2)
        .zorgcoordinatorBekend(true);
  }

  @Test
  void cooperationThatDoesNotGetGoingIsRepairedByThoseInvolvedFirst() {
    Advies advies = route(casus().samenwerkingProfessionalsOnvoldoende(true).build());
    assertTrue(advies.toegepasteRegels().contains("HERSTEL-SAMENWERKING"), advies::toString);
    assertTrue(advies.vervolgstappen().contains(Vervolgstap.HERSTEL_DOOR_BETROKKENEN));
    assertFalse(advies.vervolgstappen().contains(Vervolgstap.PROCESREGISSEUR_INSCHAKELEN), "not before a repair attempt");
    assertFalse(advies.vervolgstappen().contains(Vervolgstap.DOORZETTINGSMACHT_WETHOUDER));
  }

  @Test
  void afterARepairAttemptTheProcesregisseurStepsInWithoutARoleInTheContent() {
    Situatie zonder = casus().build();
    Situatie stagneert = casus().hulpverleningStagneert(true).herstelGeprobeerd(true).build();
    Advies advies = route(stagneert);
    assertEquals(List.of("PROCESREGIE-HULPVERLENING"),
        advies.toegepasteRegels().stream().filter(id -> id.contains("PROCESREGIE") || id.contains("HERSTEL")).toList());
    assertTrue(advies.vervolgstappen().contains(Vervolgstap.PROCESREGISSEUR_INSCHAKELEN));
    assertFalse(advies.vervolgstappen().contains(Vervolgstap.HERSTEL_DOOR_BETROKKENEN), "the repair was tried");
    // "De procesregisseur heeft geen inhoudelijke rol in de casus": the level of help stays that of the concerns.
    assertEquals(route(zonder).niveau(), advies.niveau());
    assertTrue(advies.uitleg(Locale.ENGLISH).contains(
        "PROCESREGIE-HULPVERLENING: The help offered still stagnates after those involved tried to repair it: the procesregisseur"
            + " (the CJG coordinator) steers the process, with no role in the content and taking over no one's tasks."),
        () -> String.join("\n", advies.uitleg(Locale.ENGLISH)));
  }

  @Test
  void theWethoudersDoorzettingsmachtIsTheLastStepAfterProcesregie() {
    Advies advies = route(casus().hulpverleningStagneert(true).herstelGeprobeerd(true).procesregieZonderResultaat(true).build());
    assertEquals(Niveau.SPECIALISTISCHE_HULP, advies.niveau());
    List<Vervolgstap> stappen = advies.vervolgstappen();
    assertTrue(stappen.indexOf(Vervolgstap.PROCESREGISSEUR_INSCHAKELEN) >= 0, stappen::toString);
    assertTrue(stappen.indexOf(Vervolgstap.PROCESREGISSEUR_INSCHAKELEN) < stappen.indexOf(Vervolgstap.DOORZETTINGSMACHT_WETHOUDER),
        stappen::toString);
    assertTrue(advies.uitleg(Locale.forLanguageTag("nl")).contains(
        "DOORZETTINGSMACHT-HULPVERLENING: De hulp aan het kind stagneert, ook na procesregie: als laatste stap wordt de"
            + " doorzettingsmacht van de wethouder Jeugd ingeroepen."));
  }

  @Test
  void withoutARepairAttemptThereIsNoDoorzettingsmachtEvenWhenProcesregieFailed() {
    // As in the pilot, where the procesregisseur took part from the start of a case.
    Advies advies = route(casus().hulpverleningStagneert(true).procesregieZonderResultaat(true).build());
    assertFalse(advies.vervolgstappen().contains(Vervolgstap.DOORZETTINGSMACHT_WETHOUDER));
    assertEquals(List.of(Vervolgstap.HERSTEL_DOOR_BETROKKENEN),
        advies.vervolgstappen().stream().filter(ProcesregieTest::ladder).toList());
    assertEquals(route(casus().build()).niveau(), advies.niveau());
  }

  @Test
  void cooperationThatStillFailsAfterProcesregieAlsoGoesToTheWethouder() {
    Advies advies =
        route(casus().samenwerkingProfessionalsOnvoldoende(true).herstelGeprobeerd(true).procesregieZonderResultaat(true).build());
    assertEquals(List.of("PROCESREGIE-SAMENWERKING", "DOORZETTINGSMACHT-SAMENWERKING"),
        advies.toegepasteRegels().stream().filter(id -> id.contains("PROCESREGIE") || id.contains("DOORZETTINGSMACHT")).toList());
  }

  @Test
  void theDoorzettingsmachtAlsoHoldsForACaseTreatedElsewhere() {
    // ELDERS-IN-BEHANDELING forbids the case meeting; the doorzettingsmacht does not need it.
    Advies advies = route(casus().behandelaar("Triversum").hulpverleningStagneert(true).herstelGeprobeerd(true)
        .procesregieZonderResultaat(true).build());
    assertTrue(advies.toegepasteRegels().contains("DOORZETTINGSMACHT-HULPVERLENING"), advies::toString);
    assertTrue(advies.vervolgstappen().contains(Vervolgstap.DOORZETTINGSMACHT_WETHOUDER));
  }

  @Test
  void ownStrengthIsNotEnoughWhenHelpStagnates() {
    Situatie vraag = Situatie.builder().leeftijd(8).putZorgen(Leefgebied.THUIS, Ernst.VRAAG).build();
    assertTrue(route(vraag).toegepasteRegels().contains("EIGEN-KRACHT"));
    assertFalse(route(Situatie.builder().from(vraag).hulpverleningStagneert(true).build()).toegepasteRegels().contains("EIGEN-KRACHT"));
    assertFalse(route(Situatie.builder().from(vraag).samenwerkingProfessionalsOnvoldoende(true).build())
        .toegepasteRegels().contains("EIGEN-KRACHT"));
  }

  @Test
  void aFamilyPlanCallingInTheProcesregisseurAfterARepairAttemptGivesProcesregie() {
    Gezinsplan plan = plan(escalatie(Trede.PROCESREGISSEUR, JULI, Reden.HULPVERLENING_STAGNEERT, "zorgcoördinator belde alle betrokkenen"));
    Situatie situatie = casus().procesregie(plan).build();
    assertTrue(situatie.hulpverleningStagneert());
    assertFalse(situatie.samenwerkingProfessionalsOnvoldoende());
    assertTrue(situatie.herstelGeprobeerd());
    assertFalse(situatie.procesregieZonderResultaat(), "the procesregisseur is at work; nothing says it failed");
    List<Vervolgstap> stappen = route(situatie).vervolgstappen();
    assertTrue(stappen.contains(Vervolgstap.PROCESREGISSEUR_INSCHAKELEN), stappen::toString);
    assertFalse(stappen.contains(Vervolgstap.DOORZETTINGSMACHT_WETHOUDER), stappen::toString);
  }

  @Test
  void aFamilyPlanCallingOnTheWethouderAfterTheProcesregisseurMeansProcesregieDidNotResolveIt() {
    Gezinsplan plan = plan(
        escalatie(Trede.PROCESREGISSEUR, JULI, Reden.SAMENWERKING_ONVOLDOENDE, "overleg met de zorgcoördinator"),
        escalatie(Trede.DOORZETTINGSMACHT_WETHOUDER, JULI.plusWeeks(6), Reden.SAMENWERKING_ONVOLDOENDE,
            "procesregisseur stuurde op de afspraken"));
    Situatie situatie = casus().procesregie(plan).build();
    assertTrue(situatie.samenwerkingProfessionalsOnvoldoende());
    assertTrue(situatie.herstelGeprobeerd());
    assertTrue(situatie.procesregieZonderResultaat());
    assertTrue(route(situatie).vervolgstappen().contains(Vervolgstap.DOORZETTINGSMACHT_WETHOUDER));
  }

  @Test
  void aFamilyPlanThatSkipsTheProcesregisseurOrTheRepairGivesNoDoorzettingsmacht() {
    Gezinsplan zonderProcesregisseur = plan(
        escalatie(Trede.DOORZETTINGSMACHT_WETHOUDER, JULI, Reden.HULPVERLENING_STAGNEERT, "overleg"));
    assertFalse(casus().procesregie(zonderProcesregisseur).build().procesregieZonderResultaat(), "GEZINSPLAN-004");
    Gezinsplan zonderHerstel = plan(
        escalatie(Trede.PROCESREGISSEUR, JULI, Reden.HULPVERLENING_STAGNEERT, "overleg"),
        escalatie(Trede.DOORZETTINGSMACHT_WETHOUDER, JULI.plusWeeks(6), Reden.HULPVERLENING_STAGNEERT, " "));
    Situatie situatie = casus().procesregie(zonderHerstel).build();
    assertFalse(situatie.herstelGeprobeerd(), "GEZINSPLAN-003: one escalation names no attempt");
    assertFalse(route(situatie).vervolgstappen().contains(Vervolgstap.DOORZETTINGSMACHT_WETHOUDER));
  }

  @Test
  void aFamilyPlanWithoutEscalationsKeepsWhatTheCallerKnows() {
    Situatie situatie = casus().hulpverleningStagneert(true).procesregie(plan()).build();
    assertTrue(situatie.hulpverleningStagneert());
    assertFalse(situatie.herstelGeprobeerd());
    assertEquals(casus().hulpverleningStagneert(true).build(), situatie);
  }

  private static boolean ladder(Vervolgstap stap) {
    return stap == Vervolgstap.HERSTEL_DOOR_BETROKKENEN
        || stap == Vervolgstap.PROCESREGISSEUR_INSCHAKELEN
        || stap == Vervolgstap.DOORZETTINGSMACHT_WETHOUDER;
  }

  private static Gezinsplan plan(Gezinsplan.Escalatie... escalaties) {
    return Gezinsplan.builder()
        .addCasussen("CJG-2012-007")
        .datumOpgesteld(JULI.minusMonths(2))
        .zorgcoordinator(Professional.builder().organisatie("Bureau Jeugdzorg Noord-Holland").build())
        .oudersBetrokken(true)
        .addEscalaties(escalaties)
        .build();
  }

  private static Gezinsplan.Escalatie escalatie(Trede trede, LocalDate datum, Reden reden, String poging) {
    return Gezinsplan.Escalatie.builder().datum(datum).reden(reden).trede(trede).addHerstelpogingen(poging).build();
  }
}
