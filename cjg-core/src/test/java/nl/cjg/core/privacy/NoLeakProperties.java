package nl.cjg.core.privacy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.casus.Persoonsgegevens;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.casus.Toestemming;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.id.Postcode;
import nl.cjg.core.populatie.Leeftijd;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.core.validation.ValidationResult;
import nl.cjg.core.validation.Violation;
import nl.cjg.core.verwijsindex.Match;
import nl.cjg.core.verwijsindex.Signaal;
import nl.cjg.core.verwijsindex.Verwijsindex;

/**
 * Personal data never leaks: for generated cases and signals, neither {@code toString} (of the value
 * and of every part holding personal data), nor the message of any exception raised on their data,
 * nor any validation problem (message, path, shown value, in Dutch and English) contains the BSN,
 * a name, the street, the postcode or the birth date (ISO and Dutch d-M-yyyy).
 */
class NoLeakProperties {
  private static final CjgValidator DUTCH = CjgValidator.create();
  private static final CjgValidator ENGLISH = CjgValidator.create(Locale.ENGLISH);

  @Property(tries = 300)
  void toStringShowsNoPersonalData(@ForAll("cases") Casus casus) {
    List<String> secrets = PersonalData.secrets(casus);
    List<Object> parts = new ArrayList<>(List.of(casus, casus.kind(), casus.aanmelder()));
    casus.kind().persoonsgegevens().ifPresent(persoon -> {
      parts.add(persoon);
      persoon.bsn().ifPresent(parts::add);
      persoon.postcode().ifPresent(parts::add);
    });
    casus.zorgcoordinator().ifPresent(parts::add);
    for (Object part : parts) {
      assertNoLeak(part.toString(), secrets);
    }
  }

  @Property(tries = 50)
  void validationProblemsShowNoPersonalData(@ForAll("cases") Casus casus) {
    for (Casus variant : invalidVariants(casus)) {
      List<String> secrets = PersonalData.secrets(variant);
      for (CjgValidator validator : List.of(DUTCH, ENGLISH)) {
        ValidationResult result = validator.validate(variant);
        assertNoLeak(result.toString(), secrets);
        for (Violation violation : result.violations()) {
          assertNoLeak(violation.message() + violation.path() + violation.invalidValue(), secrets);
        }
      }
    }
  }

  @Property(tries = 300)
  void exceptionsOnTheCaseDataShowNoPersonalData(@ForAll("identified") Casus casus) {
    Persoonsgegevens persoon = casus.kind().persoonsgegevens().orElseThrow();
    List<String> secrets = PersonalData.secrets(casus);
    LocalDate geboren = persoon.geboortedatum().orElseThrow();
    List<Runnable> failures =
        List.of(
            () -> Casus.builder().from(casus).toestemming(anonymous()).build(),
            () -> Casus.builder().from(casus).kenmerk(" ").build(),
            () -> Kind.builder().from(casus.kind()).leeftijd(9).build(),
            () -> Kind.builder().persoonsgegevens(persoon).pseudoniem(Pseudoniem()).build(),
            () -> Professional.builder().naam(" ").build(),
            () -> Bsn.parse(persoon.voornaam()),
            () -> Bsn.parse(persoon.bsn().orElseThrow().value() + "0"),
            () -> Postcode.parse(persoon.straat().orElseThrow()),
            () -> Postcode.parse(persoon.postcode().orElseThrow().value() + "X"),
            () -> Postcode.parse(persoon.bsn().orElseThrow().value()),
            () -> Leeftijd.opDatum(geboren, geboren.minusDays(1)),
            () -> Leeftijd.verjaardag(geboren, -1),
            () -> Persoonsgegevens.builder().from(persoon).voornaam(null),
            () -> Persoonsgegevens.builder().achternaam(persoon.achternaam()).build(),
            () -> Pseudonimisering.of(persoon.achternaam().getBytes(java.nio.charset.StandardCharsets.UTF_8), "onderzoek"));
    for (Runnable failure : failures) {
      RuntimeException e = assertThrows(RuntimeException.class, failure::run);
      for (Throwable t = e; t != null; t = t.getCause()) {
        assertNoLeak(String.valueOf(t.getMessage()) + t, secrets);
      }
    }
  }

  @Property(tries = 300)
  void signalsAndMatchesShowNoPersonalData(@ForAll("signals") Signaal signaal) {
    List<String> secrets = PersonalData.secrets(signaal);
    assertNoLeak(signaal.toString(), secrets);
    Signaal ander = Signaal.builder().from(signaal).organisatie("GGD Hollands Noorden").build();
    for (Match match : Verwijsindex.matches(List.of(signaal, ander), signaal.datumRegistratie())) {
      assertNoLeak(match.toString(), secrets);
    }
    assertNoLeak(Verwijsindex.verval(signaal).toString(), secrets);
    Signaal tooOld = Signaal.builder().from(signaal).geboortedatum(signaal.datumRegistratie().minusYears(30)).build();
    List<String> oldSecrets = PersonalData.secrets(tooOld);
    for (CjgValidator validator : List.of(DUTCH, ENGLISH)) {
      ValidationResult result = validator.validate(tooOld);
      assertFalse(result.isValid());
      assertNoLeak(result.toString(), oldSecrets);
    }
    RuntimeException e =
        assertThrows(
            RuntimeException.class,
            () -> Signaal.builder().from(signaal).datumIntrekking(signaal.datumRegistratie().minusDays(1)).build());
    assertNoLeak(e.getMessage(), secrets);
  }

  @Provide
  Arbitrary<Casus> cases() {
    return PersonalData.casussen();
  }

  @Provide
  Arbitrary<Casus> identified() {
    return PersonalData.identified();
  }

  @Provide
  Arbitrary<Signaal> signals() {
    return PersonalData.signalen();
  }

  private static nl.cjg.core.id.Pseudoniem Pseudoniem() {
    return nl.cjg.core.id.Pseudoniem.parse("0".repeat(64));
  }

  private static Toestemming anonymous() {
    return Toestemming.builder().metToestemming(false).besprokenMetOuders(false).redenAnoniem("anoniem").build();
  }

  /** The case broken in the ways the validator reports on personal data: eleven-test, age, dates. */
  private static List<Casus> invalidVariants(Casus casus) {
    List<Casus> variants = new ArrayList<>(List.of(casus));
    casus.kind().persoonsgegevens().ifPresent(persoon -> {
      String digits = persoon.bsn().orElseThrow().value();
      Bsn wrong = Bsn.parse(digits.substring(0, 8) + (char) ('0' + (digits.charAt(8) - '0' + 1) % 10));
      variants.add(withPersoon(casus, Persoonsgegevens.builder().from(persoon).bsn(wrong).build()));
      variants.add(
          withPersoon(casus, Persoonsgegevens.builder().from(persoon).geboortedatum(casus.datumInvulling().minusYears(40)).build()));
      variants.add(
          withPersoon(casus, Persoonsgegevens.builder().from(persoon).geboortedatum(casus.datumInvulling().plusDays(3)).build()));
      variants.add(Casus.builder().from(casus).kind(Kind.builder().from(casus.kind()).persoonsgegevens(
          Persoonsgegevens.builder().from(persoon).bsn(java.util.Optional.empty()).build()).build()).inVerwijsindexGemeld(true).build());
    });
    variants.add(Casus.builder().from(casus).datumOverleg(casus.datumInvulling().minusDays(1)).build());
    return variants;
  }

  private static Casus withPersoon(Casus casus, Persoonsgegevens persoon) {
    return Casus.builder().from(casus).kind(Kind.builder().from(casus.kind()).persoonsgegevens(persoon).build()).build();
  }

  private static void assertNoLeak(String text, List<String> secrets) {
    List<String> leaked = PersonalData.leaked(text, secrets);
    assertTrue(leaked.isEmpty(), () -> "personal data shown: " + leaked);
  }
}
