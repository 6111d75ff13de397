package nl.cjg.core.casus;

import static nl.cjg.core.casus.Voorbeelden.found;
import static nl.cjg.core.testkit.Bespreekformulieren.GEBOREN_2003;
import static nl.cjg.core.testkit.Bespreekformulieren.INVULLING;
import static nl.cjg.core.testkit.Bespreekformulieren.anoniem;
import static nl.cjg.core.testkit.Bespreekformulieren.metToestemming;
import static nl.cjg.core.testkit.Bespreekformulieren.persoonsgegevens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.testkit.Bespreekformulieren;
import nl.cjg.core.validation.CjgValidator;
import org.junit.jupiter.api.Test;

class CasusTest {
  @Test
  void theExamplesAreValid() {
    assertEquals(List.of(), found(metToestemming().build()));
    assertEquals(List.of(), found(anoniem().build()));
  }

  @Test
  void theExampleOfTheBuildersJavadocIsValid() {
    Casus casus =
        Casus.builder()
            .kenmerk("CJG-2012-008")
            .datumInvulling(LocalDate.of(2012, 5, 7))
            .aanmelder(Aanmelder.builder().naam("Ineke Testbeek").build())
            .kind(Kind.builder().leeftijdsgroep(Leeftijdsgroep.of(12, 16)).kern(BergenKernen.SCHOORL).build())
            .toestemming(
                Toestemming.builder()
                    .metToestemming(false)
                    .besprokenMetOuders(false)
                    .redenAnoniem("de inbrenger vindt het lastig het gesprek met de ouders aan te gaan")
                    .build())
            .inVerwijsindexGemeld(false)
            .addVragen("Hoe krijgen we de ouders betrokken?")
            .build();
    assertEquals(List.of(), found(casus));
    assertTrue(casus.isAnoniem());
  }

  @Test
  void aCaseWithoutConsentIsAnonymous() {
    assertFalse(metToestemming().build().isAnoniem());
    assertTrue(anoniem().build().isAnoniem());
  }

  @Test
  void anAnonymousCaseCannotHoldIdentifyingData() {
    Kind identified = Kind.builder().persoonsgegevens(persoonsgegevens(GEBOREN_2003).build()).build();
    InvalidValueException built =
        assertThrows(InvalidValueException.class, () -> anoniem().kind(identified).build());
    assertEquals(Casus.ANONYMOUS_CODE, built.code());
    Casus identifiedCase = metToestemming().build();
    InvalidValueException copied =
        assertThrows(
            InvalidValueException.class,
            () -> Casus.builder().from(identifiedCase).toestemming(Bespreekformulieren.zonder()).build());
    assertEquals(Casus.ANONYMOUS_CODE, copied.code());
  }

  @Test
  void aCaseNeedsAKenmerk() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> anoniem().kenmerk(" ").build());
    assertEquals(Casus.KENMERK_CODE, e.code());
  }

  @Test
  void aNewCaseIsRequestedOnTheFormsDate() {
    Casus casus = anoniem().build();
    assertEquals(Casusstatus.AANGEMELD, casus.statusgeschiedenis().huidigeStatus());
    assertEquals(INVULLING, casus.statusgeschiedenis().wijzigingen().get(0).datum());
  }

  @Test
  void theChildsAgesComeFromBirthDateAgeOrBand() {
    assertEquals(Optional.of(Leeftijdsgroep.of(9, 10)), metToestemming().build().leeftijdenKind());
    assertEquals(Optional.of(Leeftijdsgroep.of(12, 16)), anoniem().build().leeftijdenKind());
    assertEquals(Optional.of(Leeftijdsgroep.of(14, 15)), anoniem().kind(Kind.builder().leeftijd(14).build()).build().leeftijdenKind());
    Casus band = anoniem().kind(Kind.builder().leeftijdsgroep(Leeftijdsgroep.of(12, 19)).build()).build();
    assertEquals(Optional.of(Leeftijdsgroep.of(12, 19)), band.leeftijdenKind());
    assertEquals(Optional.empty(), anoniem().kind(Kind.builder().build()).build().leeftijdenKind());
  }

  @Test
  void toStringShowsNoPersonalData() {
    String text = metToestemming().build().toString();
    for (String personal :
        List.of(
            "Fenna", "Testhuizen", "Voorbeeldsma", "Proefstraat", "12a", "1861", "999990019", "2003-02-14",
            "Ineke", "072 000", "example.org", "Nederlands", "gedoubleerd", "ruzie", "opvoedspreekuur",
            "broertje", "gedrag thuis", "Rust in het gezin")) {
      assertFalse(text.contains(personal), personal);
    }
    assertTrue(text.contains("CJG-2012-007"));
  }

  @Test
  void casus001TheChildIsAtMost23OnTheFormsDate() {
    LocalDate turns24 = INVULLING.minusYears(24);
    assertEquals(List.of(), found(withBirthDate(turns24.plusDays(1))));
    assertEquals(List.of("CASUS-001 kind.persoonsgegevens.geboortedatum"), found(withBirthDate(turns24)));
    assertEquals(List.of(), found(withBirthDate(INVULLING)));
    assertEquals(List.of("CASUS-001 kind.persoonsgegevens.geboortedatum"), found(withBirthDate(INVULLING.plusDays(1))));
    assertEquals(List.of("ANONIEM-002 kind.leeftijd"), found(anoniem().kind(Kind.builder().leeftijd(23).build()).build()));
    assertEquals(
        List.of("ANONIEM-002 kind.leeftijd", "CASUS-001 kind.leeftijd"),
        found(anoniem().kind(Kind.builder().leeftijd(24).build()).build()));
    assertEquals(
        List.of(), found(anoniem().kind(Kind.builder().leeftijdsgroep(Leeftijdsgroep.of(19, 24)).build()).build()));
    assertEquals(
        List.of("CASUS-001 kind.leeftijdsgroep"),
        found(anoniem().kind(Kind.builder().leeftijdsgroep(Leeftijdsgroep.of(20, 25)).build()).build()));
  }

  @Test
  void casus001NamesTheAgeInItsMessage() {
    Casus tooOld = anoniem().kind(Kind.builder().leeftijdsgroep(Leeftijdsgroep.of(26, 31)).build()).build();
    assertEquals(
        "het kind is op de datum van invulling niet tussen 0 en 23 jaar oud, de leeftijden die het CJG bedient",
        Voorbeelden.validate(tooOld).violations().get(0).message());
    assertEquals(
        "on the date the form was filled in the child is not between 0 and 23 years old, the ages the CJG serves",
        CjgValidator.create(Locale.ENGLISH).validate(tooOld).violations().get(0).message());
  }

  @Test
  void casus002TheChildsAgeIsKnown() {
    assertEquals(List.of("CASUS-002 kind"), found(anoniem().kind(Kind.builder().build()).build()));
    Kind nameWithoutBirthDate =
        Kind.builder()
            .persoonsgegevens(Persoonsgegevens.builder().voornaam("Fenna").achternaam("Testhuizen").build())
            .build();
    assertEquals(
        List.of("CASUS-002 kind"),
        found(metToestemming().kind(nameWithoutBirthDate).inVerwijsindexGemeld(false).build()));
  }

  @Test
  void casus003ARegisteredCaseWithConsentNamesTheChildAsTheFormDoesWithoutBsn() {
    Kind withoutBsn =
        Kind.builder().persoonsgegevens(persoonsgegevens(GEBOREN_2003).bsn(Optional.empty()).build()).build();
    assertEquals(List.of(), found(metToestemming().kind(withoutBsn).build()));
    Kind withoutBirthDate =
        Kind.builder()
            .persoonsgegevens(persoonsgegevens(GEBOREN_2003).geboortedatum(Optional.empty()).build())
            .leeftijd(9)
            .build();
    assertEquals(
        List.of("CASUS-003 kind.persoonsgegevens.geboortedatum"), found(metToestemming().kind(withoutBirthDate).build()));
    assertEquals(List.of(), found(metToestemming().kind(withoutBirthDate).inVerwijsindexGemeld(false).build()));
    assertEquals(List.of(), found(anoniem().inVerwijsindexGemeld(true).build()));
  }

  @Test
  void casus004TheMeetingIsNotBeforeTheForm() {
    assertEquals(List.of(), found(metToestemming().datumOverleg(INVULLING).build()));
    assertEquals(
        List.of("CASUS-004 datumOverleg"), found(metToestemming().datumOverleg(INVULLING.minusDays(1)).build()));
  }

  @Test
  void casus005TheKenmerkIsNoPersonalData() {
    assertEquals(List.of(), found(metToestemming().kenmerk("CJG-2012-0000042").build()));
    for (String kenmerk : List.of("999990019", "CJG-Jansen", "ouder@example.org", "06-12345678", "1-4-2012")) {
      assertEquals(List.of("CASUS-005 kenmerk"), found(metToestemming().kenmerk(kenmerk).build()), kenmerk);
      assertEquals(List.of("CASUS-005 kenmerk"), found(anoniem().kenmerk(kenmerk).build()), kenmerk);
    }
  }

  @Test
  void bsn001TheChildsBsnPassesTheElevenTest() {
    Kind mistyped =
        Kind.builder().persoonsgegevens(persoonsgegevens(GEBOREN_2003).bsn(Bsn.parse("999990018")).build()).build();
    assertEquals(List.of("BSN-001 kind.persoonsgegevens.bsn"), found(metToestemming().kind(mistyped).build()));
  }

  private static Casus withBirthDate(LocalDate geboortedatum) {
    Toestemming everyone =
        Toestemming.builder()
            .metToestemming(true)
            .besprokenMetOuders(true)
            .addGegevenDoor(Toestemmer.OUDERS_MET_GEZAG, Toestemmer.KIND)
            .build();
    return metToestemming()
        .kind(Kind.builder().persoonsgegevens(persoonsgegevens(geboortedatum).build()).build())
        .toestemming(everyone)
        .build();
  }
}
