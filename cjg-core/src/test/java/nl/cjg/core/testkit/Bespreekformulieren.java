package nl.cjg.core.testkit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.cjg.core.casus.Aanmelder;
import nl.cjg.core.casus.BetrokkenInstantie;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.casus.Leefgebied;
import nl.cjg.core.casus.OndernomenActie;
import nl.cjg.core.casus.Persoonsgegevens;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.casus.Toestemmer;
import nl.cjg.core.casus.Toestemming;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.id.Postcode;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.tijd.Periode;
import nl.cjg.core.tijd.Tijdvak;

/**
 * The example cases every module's tests share: complete bespreekformulieren after the form of
 * CJG Bergen and its pilot of spring 2012 (Werkplan CJG Bergen 2012, pilot casusoverleg). Names
 * are invented; the BSN comes from the test range 9999xxxxx and passes the eleven-test. Each
 * method returns a fresh builder, so a test changes what it needs and builds.
 */
public final class Bespreekformulieren {
  /** The day the form is filled in, in the pilot period. */
  public static final LocalDate INVULLING = LocalDate.of(2012, 5, 7);

  /** A test-range BSN that passes the eleven-test. */
  public static final Bsn TEST_BSN = Bsn.parse("999990019");

  /** A nine-year-old on {@link #INVULLING}. */
  public static final LocalDate GEBOREN_2003 = LocalDate.of(2003, 2, 14);

  private Bespreekformulieren() {}

  /** The referrer of the example cases: a youth worker of the welfare foundation. */
  public static Aanmelder aanmelder() {
    return Aanmelder.builder()
        .naam("Ineke Testbeek")
        .organisatie("Stichting Welzijn Bergen")
        .functie("jongerenwerker")
        .telefoonnummer("072 000 0000")
        .emailadres("i.testbeek@example.org")
        .addWerkdagen(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)
        .build();
  }

  /**
   * The identifying data of the child of the case with consent.
   *
   * @param geboortedatum the child's birth date
   * @return a builder holding every field of the form
   */
  public static Persoonsgegevens.Builder persoonsgegevens(LocalDate geboortedatum) {
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

  /** Consent given by the parents with authority, discussed with them. */
  public static Toestemming doorOuders() {
    return Toestemming.builder()
        .metToestemming(true)
        .besprokenMetOuders(true)
        .addGegevenDoor(Toestemmer.OUDERS_MET_GEZAG)
        .build();
  }

  /** No consent, with the reason the form asks for: the case is discussed anonymously. */
  public static Toestemming zonder() {
    return Toestemming.builder()
        .metToestemming(false)
        .besprokenMetOuders(false)
        .redenAnoniem("de inbrenger vindt het lastig het gesprek met de ouders aan te gaan")
        .build();
  }

  /** A complete case with consent of a nine-year-old in Bergen; valid. */
  public static Casus.Builder metToestemming() {
    return metToestemming(GEBOREN_2003);
  }

  /**
   * The complete case with consent, for a child born on {@code geboortedatum}; valid when the
   * child is within the CJG ages on {@link #INVULLING}.
   *
   * @param geboortedatum the child's birth date
   * @return a builder holding every part of the form
   */
  public static Casus.Builder metToestemming(LocalDate geboortedatum) {
    return Casus.builder()
        .kenmerk("CJG-2012-007")
        .datumInvulling(INVULLING)
        .datumOverleg(LocalDate.of(2012, 5, 21))
        .aanmelder(aanmelder())
        .kind(
            Kind.builder()
                .persoonsgegevens(persoonsgegevens(geboortedatum).build())
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
            OndernomenActie.builder()
                .omschrijving("opvoedspreekuur")
                .gerichtOp(OndernomenActie.GerichtOp.OUDERS)
                .effect("iets meer grip")
                .build(),
            OndernomenActie.builder()
                .omschrijving("gesprek met de leerkracht")
                .gerichtOp(OndernomenActie.GerichtOp.DERDEN)
                .build())
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
  public static Casus.Builder anoniem() {
    return Casus.builder()
        .kenmerk("CJG-2012-008")
        .datumInvulling(INVULLING)
        .aanmelder(aanmelder())
        .kind(Kind.builder().leeftijdsgroep(Leeftijdsgroep.of(12, 16)).kern(BergenKernen.SCHOORL).build())
        .toestemming(zonder())
        .inVerwijsindexGemeld(false)
        .addVragen("Hoe krijgen we de ouders betrokken?");
  }
}
