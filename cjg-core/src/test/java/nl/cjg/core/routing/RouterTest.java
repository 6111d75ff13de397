package nl.cjg.core.routing;

import static nl.cjg.core.routing.BergenNetwerk.BUREAU_JEUGDZORG;
import static nl.cjg.core.routing.BergenNetwerk.DE_WERING;
import static nl.cjg.core.routing.BergenNetwerk.GGD;
import static nl.cjg.core.routing.BergenNetwerk.KIES_COACH;
import static nl.cjg.core.routing.BergenNetwerk.LEERPLICHT;
import static nl.cjg.core.routing.BergenNetwerk.NETWERK;
import static nl.cjg.core.routing.BergenNetwerk.OPVOEDSPREEKUUR;
import static nl.cjg.core.routing.BergenNetwerk.WELZIJN_BERGEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.cjg.core.casus.Leefgebied;
import nl.cjg.core.partner.Discipline;
import nl.cjg.core.populatie.BergenKernen;
import org.junit.jupiter.api.Test;

/** The Bergen 2012 rules on situations from the sources (Werkplan CJG Bergen 2012, uitwerking 2; Plan van aanpak CJG Bergen 2008â2010, stap 3). */
class RouterTest {
  private static final RoutingRules BERGEN = RoutingRules.bergen2012();

  private static Advies route(Situatie situatie) {
    return Router.route(situatie, NETWERK, BERGEN);
  }

  @Test
  void aSmallQuestionIsAnsweredEarlyAtTheLowThresholdPartners() {
    // "Hoe zorg ik dat mijn kinderen veilig op het internet surfen?" (Communicatieplan CJG Bergen 2012, voorbeelduiting), a parent in Bergen.
    Situatie vraag =
        Situatie.builder().leeftijd(9).kern(BergenKernen.BERGEN).putZorgen(Leefgebied.THUIS, Ernst.VRAAG).build();
    Advies advies = route(vraag);
    assertEquals(Niveau.INFORMATIE_EN_EIGEN_KRACHT, advies.niveau());
    assertEquals(List.of(Vervolgstap.LAAGDREMPELIG_AANBOD, Vervolgstap.INFORMATIE_GEVEN), advies.vervolgstappen());
    assertEquals(List.of(GGD, OPVOEDSPREEKUUR, KIES_COACH), advies.partners());
    assertEquals(List.of("VRAAG-VROEG", "EIGEN-KRACHT"), advies.toegepasteRegels());
    assertFalse(advies.buitenDoelgroep());
    assertEquals("Bergen 2012", advies.regelset());
  }

  @Test
  void partnersServeTheChildsKern() {
    // The opvoedspreekuur is held in Bergen and Egmond, not in Schoorl.
    Situatie vraag =
        Situatie.builder().leeftijd(9).kern(BergenKernen.SCHOORL).putZorgen(Leefgebied.THUIS, Ernst.VRAAG).build();
    assertEquals(List.of(GGD, KIES_COACH), route(vraag).partners());
  }

  @Test
  void withoutAKernEveryPartnerServingTheAgeIsACandidate() {
    Situatie vraag = Situatie.builder().leeftijd(9).putZorgen(Leefgebied.THUIS, Ernst.VRAAG).build();
    assertEquals(List.of(GGD, OPVOEDSPREEKUUR, KIES_COACH), route(vraag).partners());
  }

  @Test
  void aConcernAtHomeGoesToTheBasicOfferingWithTheParents() {
    Situatie zorg =
        Situatie.builder().leeftijd(6).kern(BergenKernen.EGMOND_AAN_ZEE).putZorgen(Leefgebied.THUIS, Ernst.ZORG)
            .metToestemming(true).build();
    Advies advies = route(zorg);
    assertEquals(Niveau.BASISAANBOD, advies.niveau());
    assertEquals(List.of(Vervolgstap.PLAN_MET_OUDERS), advies.vervolgstappen());
    // The opvoedspreekuur brings opvoedondersteuning and positief opvoeden; the others one item each,
    // kernpartners first.
    assertEquals(List.of(OPVOEDSPREEKUUR, GGD, DE_WERING, KIES_COACH), advies.partners());
  }

  @Test
  void concernsInSeveralLeefgebiedenGoToTheCaseMeetingAndOneFamilyPlan() {
    // "multiprobleem situaties ... en er veel professionals betreft" (Werkplan CJG Bergen 2012, evaluatie van onderwerp 2).
    Situatie multiprobleem =
        Situatie.builder()
            .leeftijd(14)
            .kern(BergenKernen.SCHOORL)
            .putZorgen(Leefgebied.THUIS, Ernst.ZORG)
            .putZorgen(Leefgebied.SCHOOL_WERK, Ernst.ZORG)
            .betrokkenProfessionals(3)
            .metToestemming(true)
            .build();
    Advies advies = route(multiprobleem);
    assertEquals(Niveau.CASUSOVERLEG, advies.niveau());
    assertEquals(
        List.of(Vervolgstap.AANMELDEN_CASUSOVERLEG, Vervolgstap.GEZINSPLAN_MAKEN, Vervolgstap.ZORGCOORDINATOR_AANWIJZEN,
            Vervolgstap.PLAN_MET_OUDERS),
        advies.vervolgstappen());
    assertEquals(
        List.of("MEER-LEEFGEBIEDEN", "MEER-PROFESSIONALS", "ZORGCOORDINATOR", "OUDERS-AAN-ZET", "ZORG-THUIS", "ZORG-SCHOOL"),
        advies.toegepasteRegels());
    assertEquals(DE_WERING, advies.partners().get(0), "1 Gezin 1 Plan, zorgcoördinatie and maatschappelijk werk");
  }

  @Test
  void aCaseTreatedElsewhereGetsNoCaseMeetingAdviceOnlySupportInGettingThere() {
    // "Er dient geen advisering vanuit het casusoverleg plaats te vinden wanneer er elders sprake is
    // van behandeling van dezelfde casus. Wel kan het CJG dan ondersteunend zijn in de toeleiding zorg." (Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de pilot (aandachtspunten en aanbevelingen))
    Situatie elders =
        Situatie.builder()
            .leeftijd(10)
            .putZorgen(Leefgebied.THUIS, Ernst.ZORG)
            .putZorgen(Leefgebied.VRIJE_TIJD_SOCIALE_CONTACTEN, Ernst.ZORG)
            .behandelaar("Triversum")
            .metToestemming(true)
            .build();
    Advies advies = route(elders);
    assertEquals(Niveau.SPECIALISTISCHE_HULP, advies.niveau());
    assertEquals(
        List.of(Vervolgstap.BEHANDELAAR_INFORMEREN, Vervolgstap.TOELEIDING_ONDERSTEUNEN, Vervolgstap.PLAN_MET_OUDERS),
        advies.vervolgstappen());
    Advies.Toelichting meerLeefgebieden =
        advies.toelichtingen().stream().filter(t -> t.regel().equals("MEER-LEEFGEBIEDEN")).findFirst().orElseThrow();
    assertEquals(Optional.of("ELDERS-IN-BEHANDELING"), meerLeefgebieden.opzijGezetDoor());
    assertFalse(advies.toegepasteRegels().contains("MEER-LEEFGEBIEDEN"));
    assertTrue(advies.uitleg(Locale.ENGLISH).contains(
        "MEER-LEEFGEBIEDEN: There are concerns in several leefgebieden: discuss the case in the case meeting and make one "
            + "family plan with one zorgcoördinator. (set aside by ELDERS-IN-BEHANDELING)"));
    assertTrue(advies.uitleg(Locale.forLanguageTag("nl")).get(0).startsWith(
        "ELDERS-IN-BEHANDELING: De casus is elders in behandeling: het casusoverleg geeft geen advies"));
  }

  @Test
  void acuteUnsafetyComesBeforeConsent() {
    Situatie onveilig =
        Situatie.builder()
            .leeftijd(6)
            .kern(BergenKernen.EGMOND_BINNEN)
            .addSignalen(Veiligheidssignaal.ACUTE_ONVEILIGHEID)
            .metToestemming(false)
            .behandelaar("Bureau Jeugdzorg Noord-Holland")
            .build();
    Advies advies = route(onveilig);
    assertEquals(Niveau.VEILIGHEID, advies.niveau());
    assertEquals(Vervolgstap.MELDEN_AMK, advies.vervolgstappen().get(0));
    assertEquals(List.of(BUREAU_JEUGDZORG, DE_WERING), advies.partners());
    assertEquals(
        "VEILIGHEID-ACUUT: Acute unsafety puts the child's safety before everything, consent included: follow the "
            + "meldcode and report to the AMK.",
        advies.uitleg(Locale.ENGLISH).get(0));
    assertEquals(
        "VEILIGHEID-ACUUT: Bij acute onveiligheid gaat de veiligheid van het kind voor alles, ook zonder toestemming "
            + "van de ouders: volg de meldcode en meld bij het AMK.",
        advies.uitleg(Locale.forLanguageTag("nl")).get(0));
  }

  @Test
  void whenCooperationWithTheParentsIsImpossibleTheProcesregisseurTakesTheStepsToAppropriateHelp() {
    Situatie geenSamenwerking =
        Situatie.builder().leeftijd(8).putZorgen(Leefgebied.THUIS, Ernst.ZORG).samenwerkingMetOudersMogelijk(false)
            .build();
    Advies advies = route(geenSamenwerking);
    assertEquals(Niveau.SPECIALISTISCHE_HULP, advies.niveau());
    assertTrue(advies.vervolgstappen().containsAll(
        List.of(Vervolgstap.PROCESREGISSEUR_INSCHAKELEN, Vervolgstap.PASSENDE_HULP, Vervolgstap.TOESTEMMING_OUDERS_VRAGEN)));
    assertFalse(advies.vervolgstappen().contains(Vervolgstap.PLAN_MET_OUDERS));
  }

  @Test
  void developmentAtStakeIsDiscussedAndAVerwijsindexSignalConsidered() {
    Situatie gedrang =
        Situatie.builder().leeftijd(15).addSignalen(Veiligheidssignaal.ONTWIKKELING_IN_GEDRANG).metToestemming(true)
            .build();
    Advies advies = route(gedrang);
    assertEquals(Niveau.CASUSOVERLEG, advies.niveau());
    assertEquals(List.of(Vervolgstap.AANMELDEN_CASUSOVERLEG, Vervolgstap.VERWIJSINDEX_OVERWEGEN), advies.vervolgstappen());

    Situatie alGemeld = Situatie.builder().from(gedrang).inVerwijsindex(true).build();
    assertFalse(route(alGemeld).vervolgstappen().contains(Vervolgstap.VERWIJSINDEX_OVERWEGEN));
    Situatie drieëntwintig = Situatie.builder().from(gedrang).leeftijd(23).build();
    assertFalse(route(drieëntwintig).vervolgstappen().contains(Vervolgstap.VERWIJSINDEX_OVERWEGEN),
        "the Verwijsindex ends at the 23rd birthday");
  }

  @Test
  void consentIsAskedOfTheParentsUnderSixteenAndOfTheYoungPersonFromTwelve() {
    Situatie.Builder zonder =
        Situatie.builder().putZorgen(Leefgebied.SCHOOL_WERK, Ernst.ZORG).metToestemming(false);
    assertEquals(List.of(Vervolgstap.TOESTEMMING_OUDERS_VRAGEN), consentSteps(zonder.leeftijd(11).build()));
    assertEquals(List.of(Vervolgstap.TOESTEMMING_OUDERS_VRAGEN, Vervolgstap.TOESTEMMING_JONGERE_VRAGEN),
        consentSteps(zonder.leeftijd(12).build()));
    assertEquals(List.of(Vervolgstap.TOESTEMMING_OUDERS_VRAGEN, Vervolgstap.TOESTEMMING_JONGERE_VRAGEN),
        consentSteps(zonder.leeftijd(15).build()));
    assertEquals(List.of(Vervolgstap.TOESTEMMING_JONGERE_VRAGEN), consentSteps(zonder.leeftijd(16).build()));
    assertEquals(List.of(), consentSteps(zonder.leeftijd(16).metToestemming(true).build()));
  }

  private static List<Vervolgstap> consentSteps(Situatie situatie) {
    return route(situatie).vervolgstappen().stream()
        .filter(stap -> stap == Vervolgstap.TOESTEMMING_OUDERS_VRAGEN || stap == Vervolgstap.TOESTEMMING_JONGERE_VRAGEN)
        .toList();
  }

  @Test
  void olderThanTwentyThreeIsOutsideTheTargetGroup() {
    Situatie volwassen = Situatie.builder().leeftijd(24).putZorgen(Leefgebied.OVERIGE, Ernst.VRAAG).build();
    Advies advies = route(volwassen);
    assertTrue(advies.buitenDoelgroep());
    assertEquals(Niveau.INFORMATIE_EN_EIGEN_KRACHT, advies.niveau());
    assertEquals(List.of(Vervolgstap.BUITEN_DOELGROEP_VERWIJZEN, Vervolgstap.INFORMATIE_GEVEN), advies.vervolgstappen());
    assertEquals(List.of(), advies.partners());

    Situatie metZorg = Situatie.builder().from(volwassen).putZorgen(Leefgebied.THUIS, Ernst.ZORG).build();
    assertEquals(Niveau.SPECIALISTISCHE_HULP, route(metZorg).niveau(), "no basic offering or case meeting for adults");

    Situatie drieëntwintig = Situatie.builder().from(volwassen).leeftijd(23).build();
    assertFalse(route(drieëntwintig).buitenDoelgroep(), "t/m 23");
    assertFalse(route(drieëntwintig).vervolgstappen().contains(Vervolgstap.BUITEN_DOELGROEP_VERWIJZEN));
  }

  @Test
  void specialCircumstancesBringPartnersWithTheMatchingExpertise() {
    Situatie scheiding =
        Situatie.builder().leeftijd(10).kern(BergenKernen.GROET_CAMPERDUIN).addOmstandigheden(Omstandigheid.SCHEIDING)
            .putZorgen(Leefgebied.THUIS, Ernst.VRAAG).build();
    assertEquals(KIES_COACH, route(scheiding).partners().get(0), "expertise and discipline both");

    Situatie verzuim =
        Situatie.builder().leeftijd(15).addOmstandigheden(Omstandigheid.SCHOOLVERZUIM, Omstandigheid.OVERLAST).build();
    assertEquals(List.of(WELZIJN_BERGEN, LEERPLICHT), route(verzuim).partners());
    Situatie teJong = Situatie.builder().leeftijd(4).addOmstandigheden(Omstandigheid.SCHOOLVERZUIM).build();
    assertEquals(List.of(), route(teJong).partners(), "not leerplichtig before 5");
  }

  @Test
  void neededDisciplinesNoPartnerBringsAreReported() {
    Situatie zonderWerk =
        Situatie.builder().leeftijd(20).addOmstandigheden(Omstandigheid.ZONDER_WERK_OF_OPLEIDING).build();
    Advies advies = route(zonderWerk);
    assertEquals(List.of(BergenNetwerk.JONGERENLOKET), advies.partners());
    assertEquals(Set.of(Discipline.WERK_EN_INKOMEN), advies.disciplinesZonderPartner());
    assertEquals(Set.of(), advies.expertisesZonderPartner());
  }

  @Test
  void aSituationCanBeBuiltFromABirthDateAndTheDateOfRouting() {
    Situatie situatie = Situatie.builder(LocalDate.of(2008, 2, 29), LocalDate.of(2012, 2, 28)).build();
    assertEquals(3, situatie.leeftijd());
    assertEquals(4, Situatie.builder(LocalDate.of(2008, 2, 29), LocalDate.of(2012, 2, 29)).build().leeftijd());
  }

  @Test
  void aHigherPriorityRuleSettingALevelOverridesALowerPriorityRuleForbiddingIt() throws IOException {
    String rules =
        """
        regelset Voorrang
        regel VERBOD
        prioriteit 10
        als leeftijd >= 12
        dan niveau niet casusoverleg
        uitleg nl Geen casusoverleg vanaf 12.
        uitleg en No case meeting from 12.
        bron test
        regel ZORG
        prioriteit 20
        als hoogste ernst >= zorg
        dan niveau minstens casusoverleg
        dan vervolgstap aanmelden bij casusoverleg
        uitleg nl Zorg: casusoverleg.
        uitleg en Concern: case meeting.
        bron test
        """;
    RoutingRules regels = RoutingRules.read(new StringReader(rules));
    Situatie situatie = Situatie.builder().leeftijd(13).putZorgen(Leefgebied.THUIS, Ernst.ZORG).build();
    Advies advies = Router.route(situatie, NETWERK, regels);
    assertEquals(Niveau.CASUSOVERLEG, advies.niveau());
    assertEquals(List.of("ZORG", "VERBOD"), advies.toegepasteRegels());

    Situatie zonderZorg = Situatie.builder().leeftijd(13).build();
    Advies basis = Router.route(zonderZorg, NETWERK, regels);
    assertEquals(Niveau.INFORMATIE_EN_EIGEN_KRACHT, basis.niveau(), "forbidding a level above the candidate changes nothing");
  }
}
