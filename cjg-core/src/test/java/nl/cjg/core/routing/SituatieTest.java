package nl.cjg.core.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.casus.Aanmelder;
import nl.cjg.core.casus.BetrokkenInstantie;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.casus.Leefgebied;
import nl.cjg.core.casus.Persoonsgegevens;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.casus.Toestemmer;
import nl.cjg.core.casus.Toestemming;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Leeftijdsgroep;
import org.junit.jupiter.api.Test;

/** A situation derived from a case on the bespreekformulier (Werkplan CJG Bergen 2012, uitwerking 2, bespreekformulier; uitwerking 2, evaluatie van de pilot). */
class SituatieTest {
  private static final LocalDate INVULLING = LocalDate.of(2012, 5, 7);

  private static Toestemming door(Toestemmer... toestemmers) {
    return Toestemming.builder().metToestemming(true).besprokenMetOuders(true).addGegevenDoor(toestemmers).build();
  }

  private static Casus.Builder casus(Kind kind, Toestemming toestemming) {
    return Casus.builder()
        .kenmerk("CJG-2012-011")
        .datumInvulling(INVULLING)
        .aanmelder(Aanmelder.builder().naam("Testnaam").organisatie("Stichting Welzijn Bergen").build())
        .kind(kind)
        .toestemming(toestemming)
        .inVerwijsindexGemeld(true);
  }

  @Test
  void aCaseGivesAgeKernConsentProfessionalsZorgcoordinatorAndVerwijsindex() {
    Kind kind =
        Kind.builder()
            .persoonsgegevens(
                Persoonsgegevens.builder().voornaam("Testkind").achternaam("Testhuizen")
                    .geboortedatum(LocalDate.of(2003, 2, 14)).build())
            .kern(BergenKernen.EGMOND_AAN_ZEE)
            .build();
    Casus casus =
        casus(kind, door(Toestemmer.OUDERS_MET_GEZAG))
            .addBetrokkenInstanties(
                BetrokkenInstantie.builder().instantie("Bureau Jeugdzorg").build(),
                BetrokkenInstantie.builder().instantie(" stichting welzijn bergen ").build(),
                BetrokkenInstantie.builder().instantie("Schoolmaatschappelijk werk").build())
            .zorgcoordinator(Professional.ofOrganisatie("Bureau Jeugdzorg"))
            .build();
    Situatie situatie =
        Situatie.builder(casus).putZorgen(Leefgebied.THUIS, Ernst.ZORG).putZorgen(Leefgebied.SCHOOL_WERK, Ernst.ZORG).build();
    assertEquals(9, situatie.leeftijd());
    assertEquals(Optional.of(BergenKernen.EGMOND_AAN_ZEE), situatie.kern());
    assertTrue(situatie.metToestemming());
    assertEquals(3, situatie.betrokkenProfessionals(), "the referrer's organisation counts once");
    assertTrue(situatie.zorgcoordinatorBekend());
    assertTrue(situatie.inVerwijsindex());
    assertFalse(situatie.inBehandelingElders());
    assertEquals(Ernst.ZORG, situatie.hoogsteErnst());
    assertEquals(Ernst.GEEN, situatie.ernst(Leefgebied.OVERIGE));

    Advies advies = Router.route(situatie, BergenNetwerk.NETWERK, RoutingRules.bergen2012());
    assertEquals(Niveau.CASUSOVERLEG, advies.niveau());
    assertFalse(advies.vervolgstappen().contains(Vervolgstap.ZORGCOORDINATOR_AANWIJZEN), "one is known");
  }

  @Test
  void consentCountsOnlyWhenEveryoneTheAgeNeedsConsented() {
    Kind veertien = Kind.builder().leeftijd(14).build();
    assertFalse(Situatie.builder(casus(veertien, door(Toestemmer.OUDERS_MET_GEZAG)).build()).build().metToestemming(),
        "from 12 the child consents too");
    assertTrue(Situatie.builder(casus(veertien, door(Toestemmer.OUDERS_MET_GEZAG, Toestemmer.KIND)).build()).build()
        .metToestemming());
    Toestemming zonder = Toestemming.builder().metToestemming(false).besprokenMetOuders(false).build();
    assertFalse(Situatie.builder(casus(veertien, zonder).build()).build().metToestemming());
  }

  @Test
  void withOnlyAnAgeBandTheCallerGivesTheAge() {
    Kind band = Kind.builder().leeftijdsgroep(Leeftijdsgroep.of(12, 19)).build();
    Casus casus = casus(band, door(Toestemmer.OUDERS_MET_GEZAG, Toestemmer.KIND)).build();
    assertThrows(IllegalStateException.class, () -> Situatie.builder(casus).build());
    Situatie situatie = Situatie.builder(casus).leeftijd(13).build();
    assertEquals(13, situatie.leeftijd());
    assertTrue(situatie.metToestemming());
    assertEquals(1, situatie.betrokkenProfessionals());
  }

  @Test
  void theSituationHoldsItsStructuralRules() {
    assertCode(Situatie.AGE_CODE, () -> Situatie.builder().leeftijd(-1).build());
    assertCode(Situatie.PROFESSIONALS_CODE, () -> Situatie.builder().leeftijd(3).betrokkenProfessionals(-1).build());
    assertCode(Situatie.TREATING_PARTY_CODE, () -> Situatie.builder().leeftijd(3).behandelaar(" ").build());
  }

  private static void assertCode(String code, Runnable build) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build::run);
    assertEquals(code, e.code());
  }
}
