package nl.cjg.core.casus;

import static nl.cjg.core.casus.Toestemmer.KIND;
import static nl.cjg.core.casus.Toestemmer.OUDERS_MET_GEZAG;
import static nl.cjg.core.casus.Voorbeelden.found;
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
import java.util.Set;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.casus.Toestemming.Toestemmingsleeftijd;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.testkit.Bespreekformulieren;
import org.junit.jupiter.api.Test;

class ToestemmingTest {
  @Test
  void withoutConsentNobodyConsented() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> Toestemming.builder().metToestemming(false).besprokenMetOuders(true).addGegevenDoor(KIND).build());
    assertEquals(Toestemming.NOBODY_CONSENTED_CODE, e.code());
  }

  @Test
  void withConsentThereIsNoReasonForAnonymity() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                Toestemming.builder()
                    .metToestemming(true)
                    .besprokenMetOuders(true)
                    .addGegevenDoor(OUDERS_MET_GEZAG)
                    .redenAnoniem("geen")
                    .build());
    assertEquals(Toestemming.NO_REASON_WITH_CONSENT_CODE, e.code());
  }

  @Test
  void theWgboAgeClasses() {
    assertEquals(Set.of(OUDERS_MET_GEZAG), Toestemmingsleeftijd.vereistVoor(Leeftijdsgroep.of(11, 12)));
    assertEquals(Set.of(OUDERS_MET_GEZAG, KIND), Toestemmingsleeftijd.vereistVoor(Leeftijdsgroep.of(12, 13)));
    assertEquals(Set.of(OUDERS_MET_GEZAG, KIND), Toestemmingsleeftijd.vereistVoor(Leeftijdsgroep.of(15, 16)));
    assertEquals(Set.of(KIND), Toestemmingsleeftijd.vereistVoor(Leeftijdsgroep.of(16, 17)));
    assertEquals(Set.of(OUDERS_MET_GEZAG), Toestemmingsleeftijd.vereistVoor(Leeftijdsgroep.of(0, 12)));
    assertEquals(Set.of(OUDERS_MET_GEZAG, KIND), Toestemmingsleeftijd.vereistVoor(Leeftijdsgroep.of(4, 13)));
    assertEquals(Set.of(KIND), Toestemmingsleeftijd.vereistVoor(Leeftijdsgroep.of(16, 24)));
    assertTrue(Toestemmingsleeftijd.ONDER_12.bevat(11));
    assertFalse(Toestemmingsleeftijd.ONDER_12.bevat(12));
    assertTrue(Toestemmingsleeftijd.VAN_12_TOT_16.bevat(15));
    assertTrue(Toestemmingsleeftijd.VANAF_16.bevat(23));
  }

  @Test
  void toestemming001ConsentFitsTheAgeOnTheFormsDate() {
    assertEquals(List.of(), found(consentedBy(11, OUDERS_MET_GEZAG)));
    assertEquals(List.of("TOESTEMMING-001 toestemming.gegevenDoor"), found(consentedBy(11, KIND)));
    assertEquals(List.of("TOESTEMMING-001 toestemming.gegevenDoor"), found(consentedBy(12, OUDERS_MET_GEZAG)));
    assertEquals(List.of("TOESTEMMING-001 toestemming.gegevenDoor"), found(consentedBy(15, KIND)));
    assertEquals(List.of(), found(consentedBy(15, KIND, OUDERS_MET_GEZAG)));
    assertEquals(List.of(), found(consentedBy(16, KIND)));
    assertEquals(List.of("TOESTEMMING-001 toestemming.gegevenDoor"), found(consentedBy(16, OUDERS_MET_GEZAG)));
    assertEquals(List.of("TOESTEMMING-001 toestemming.gegevenDoor"), found(consentedBy(14)));
  }

  @Test
  void toestemming001CountsTheBirthdayOnTheFormsDate() {
    Casus twelveToday = withBirthDate(INVULLING.minusYears(12), OUDERS_MET_GEZAG);
    assertEquals(List.of("TOESTEMMING-001 toestemming.gegevenDoor"), found(twelveToday));
    Casus twelveTomorrow = withBirthDate(INVULLING.minusYears(12).plusDays(1), OUDERS_MET_GEZAG);
    assertEquals(List.of(), found(twelveTomorrow));
  }

  @Test
  void toestemming001WithABandFitsEveryAgeInIt() {
    Kind band = Kind.builder().leeftijdsgroep(Leeftijdsgroep.of(12, 19)).build();
    assertEquals(
        List.of("TOESTEMMING-001 toestemming.gegevenDoor"),
        found(anoniem().kind(band).toestemming(consent(KIND)).build()));
    assertEquals(List.of(), found(anoniem().kind(band).toestemming(consent(KIND, OUDERS_MET_GEZAG)).build()));
  }

  @Test
  void toestemming001DoesNotApplyWithoutConsent() {
    assertEquals(List.of(), found(anoniem().kind(Kind.builder().leeftijdsgroep(Leeftijdsgroep.of(4, 12)).build()).build()));
  }

  @Test
  void toestemming002WithoutConsentGivesTheReason() {
    Toestemming noReason = Toestemming.builder().metToestemming(false).besprokenMetOuders(false).build();
    assertEquals(List.of("TOESTEMMING-002 toestemming.redenAnoniem"), found(anoniem().toestemming(noReason).build()));
    Toestemming blank = Toestemming.builder().from(noReason).redenAnoniem(" ").build();
    assertEquals(List.of("TOESTEMMING-002 redenAnoniem"), found(blank));
    assertEquals(List.of(), found(Bespreekformulieren.zonder()));
  }

  private static Toestemming consent(Toestemmer... door) {
    return Toestemming.builder().metToestemming(true).besprokenMetOuders(true).addGegevenDoor(door).build();
  }

  private static Casus consentedBy(int leeftijd, Toestemmer... door) {
    return anoniem().kind(Kind.builder().leeftijd(leeftijd).build()).toestemming(consent(door)).build();
  }

  private static Casus withBirthDate(LocalDate geboortedatum, Toestemmer... door) {
    return metToestemming()
        .kind(Kind.builder().persoonsgegevens(persoonsgegevens(geboortedatum).build()).build())
        .toestemming(consent(door))
        .build();
  }
}
