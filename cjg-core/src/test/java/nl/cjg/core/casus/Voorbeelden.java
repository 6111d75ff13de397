package nl.cjg.core.casus;

import nl.cjg.core.tijd.Tijdvak;
import nl.cjg.core.tijd.Periode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.id.Postcode;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.core.validation.ValidationResult;

/**
 * Example cases after the bespreekformulier and the pilot of spring 2012 (seed 000 ~952–1060,
 * ~1290). Names are invented; BSNs come from the test range 9999xxxxx and pass the eleven-test.
 */
final class Voorbeelden {
  static final CjgValidator VALIDATOR = CjgValidator.create();

  /** The day the form is filled in, in the pilot period. */
  static final LocalDate INVULLING = LocalDate.of(2012, 5, 7);

  /** A test-range BSN that passes the eleven-test. */
  static final Bsn TEST_BSN = Bsn.parse("999990019");

  /** A nine-year-old on {@link #INVULLING}. */
  static final LocalDate GEBOREN_2003 = LocalDate.of(2003, 2, 14);

  private Voorbeelden() {}

  static Aanmelder aanmelder() {
    return Aanmelder.builder()
        .naam("Ineke Testbeek")
        .organisatie("Stichting Welzijn Bergen")
        .functie("jongerenwerker")
        .telefoonnummer("072 000 0000")
        .emailadres("i.testbeek@example.org")
        .addWerkdagen(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)
        .build();
  }

  static Persoonsgegevens.Builder persoonsgegevens(LocalDate geboortedatum) {
    return Persoonsgegevens.builder()
        .voornaam("Fenna")
        .achternaam("Testhuizen")
        .achternaamVader("Testhuizen")
        .achternaamMoeder("Voorbeeldsma")
        .geboortedatum(geboortedatum)
        .straat("Proefstraat")
        .huisnummer("12a")
        .postcode(Postcode.parse("1861 AB"))
        .woonplaats("Bergen")
        .bsn(TEST_BSN);
  }

  static Toestemming doorOuders() {
    return Toestemming.builder()
        .metToestemming(true)
        .besprokenMetOuders(true)
        .addGegevenDoor(Toestemmer.OUDERS_MET_GEZAG)
        .build();
  }

  static Toestemming zonder() {
    return Toestemming.builder()
        .metToestemming(false)
        .besprokenMetOuders(false)
        .redenAnoniem("de inbrenger vindt het lastig het gesprek met de ouders aan te gaan")
        .build();
  }

  /** A complete case with consent of a nine-year-old; valid. */
  static Casus.Builder metToestemming() {
    return Casus.builder()
        .kenmerk("CJG-2012-007")
        .datumInvulling(INVULLING)
        .datumOverleg(LocalDate.of(2012, 5, 21))
        .aanmelder(aanmelder())
        .kind(
            Kind.builder()
                .persoonsgegevens(persoonsgegevens(GEBOREN_2003).build())
                .kern(BergenKernen.BERGEN)
                .oorspronkelijkeAanmelder("Jeugdgezondheidszorg")
                .school("De Testschool")
                .groepOfKlas("groep 6")
                .schoolloopbaan("groep 4 gedoubleerd")
                .etniciteit("Nederlands")
                .build())
        .zorgcoordinator(Professional.builder().organisatie("Bureau Jeugdzorg Noord-Holland").build())
        .toestemming(doorOuders())
        .inVerwijsindexGemeld(true)
        .addVragen("Welke hulp past bij de zorgen over het gedrag thuis?")
        .doel("Rust in het gezin en weer plezier op school")
        .addActies(
            Actie.builder()
                .omschrijving("opvoedspreekuur")
                .gerichtOp(GerichtOp.OUDERS)
                .effect("iets meer grip")
                .build(),
            Actie.builder().omschrijving("gesprek met de leerkracht").gerichtOp(GerichtOp.DERDEN).build())
        .addBetrokkenInstanties(
            BetrokkenInstantie.builder()
                .instantie("Schoolmaatschappelijk werk")
                .periode(Periode.vanaf(Tijdvak.maand(YearMonth.of(2011, 9))))
                .build())
        .putSchets(Leefgebied.THUIS, "veel ruzie over bedtijd")
        .putSchets(Leefgebied.SCHOOL_WERK, "onrustig in de klas")
        .bijzonderheden("heeft een jonger broertje");
  }

  /** An anonymous case of a fourteen-year-old in Schoorl; valid. */
  static Casus.Builder anoniem() {
    return Casus.builder()
        .kenmerk("CJG-2012-008")
        .datumInvulling(INVULLING)
        .aanmelder(aanmelder())
        .kind(Kind.builder().leeftijd(14).kern(BergenKernen.SCHOORL).groepOfKlas("2 havo").build())
        .toestemming(zonder())
        .inVerwijsindexGemeld(false)
        .addVragen("Hoe krijgen we de ouders betrokken?");
  }

  static ValidationResult validate(Object value) {
    return VALIDATOR.validate(value);
  }

  /** Every violation as {@code "RULE-ID path"}, in the validator's order. */
  static List<String> found(Object value) {
    return validate(value).violations().stream().map(v -> v.ruleId() + " " + v.path()).toList();
  }
}
