package nl.cjg.core.casus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.id.Postcode;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.testkit.Bespreekformulieren;

class CasusProperties {
  private static final LocalDate FIRST_FORM = LocalDate.of(2012, 1, 1);

  private static final List<DateTimeFormatter> DATE_FORMATS =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("d-M-yyyy"),
          DateTimeFormatter.ofPattern("dd-MM-yyyy"),
          DateTimeFormatter.ofPattern("d/M/yyyy"),
          DateTimeFormatter.ofPattern("dd/MM/yyyy"));

  @Property
  void toStringNeverShowsPersonalData(@ForAll("casussen") Casus casus) {
    String text = casus.toString();
    for (String personal : personalTexts(casus)) {
      assertFalse(text.contains(personal), () -> "toString shows personal data: " + personal);
    }
  }

  @Property
  void anAnonymousCaseCannotBeBuiltWithIdentifyingData(
      @ForAll("formDates") LocalDate datum, @ForAll("persoonsgegevensOnForm") Persoonsgegevens persoonsgegevens) {
    Kind identified = Kind.builder().persoonsgegevens(persoonsgegevens).build();
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> form(datum).kind(identified).toestemming(Bespreekformulieren.zonder()).build());
    assertEquals(Casus.ANONYMOUS_CODE, e.code());
  }

  @Property(tries = 300)
  void consentFitsTheAgeAsTheWgboSays(
      @ForAll @IntRange(min = 0, max = 23) int leeftijd, @ForAll Set<Toestemmer> gegevenDoor) {
    Set<Toestemmer> law =
        leeftijd < 12
            ? EnumSet.of(Toestemmer.OUDERS_MET_GEZAG)
            : leeftijd < 16 ? EnumSet.of(Toestemmer.OUDERS_MET_GEZAG, Toestemmer.KIND) : EnumSet.of(Toestemmer.KIND);
    Casus casus =
        Bespreekformulieren.anoniem()
            .kind(Kind.builder().leeftijd(leeftijd).build())
            .toestemming(consent(gegevenDoor))
            .build();
    List<String> expected =
        gegevenDoor.containsAll(law) ? List.of() : List.of("TOESTEMMING-001 toestemming.gegevenDoor");
    assertEquals(expected, Voorbeelden.found(casus));
  }

  /** Everything personal the case holds, as text: names, BSN, street, postcode, birth date in several formats. */
  private static List<String> personalTexts(Casus casus) {
    List<String> texts = new ArrayList<>();
    texts.add(casus.aanmelder().naam());
    casus.aanmelder().telefoonnummer().ifPresent(texts::add);
    casus.aanmelder().emailadres().ifPresent(texts::add);
    casus.zorgcoordinator().flatMap(Professional::naam).ifPresent(texts::add);
    casus.kind().persoonsgegevens().ifPresent(p -> {
      texts.add(p.voornaam());
      texts.add(p.achternaam());
      p.achternaamVader().ifPresent(texts::add);
      p.achternaamMoeder().ifPresent(texts::add);
      p.straat().ifPresent(texts::add);
      p.postcode().ifPresent(postcode -> {
        texts.add(postcode.value());
        texts.add(postcode.formatted());
      });
      p.bsn().ifPresent(bsn -> texts.add(bsn.value()));
      p.geboortedatum().ifPresent(date -> DATE_FORMATS.forEach(format -> texts.add(date.format(format))));
    });
    return texts;
  }

  @Provide("formDates")
  static Arbitrary<LocalDate> formDates() {
    return Arbitraries.integers().between(0, 3 * 365).map(FIRST_FORM::plusDays);
  }

  /** Identified cases (with consent) and anonymous cases, half and half. */
  @Provide
  Arbitrary<Casus> casussen() {
    return Arbitraries.oneOf(identified(), anonymous());
  }

  /** Identifying data of a child, some of it missing, born up to 24 years before a form date. */
  @Provide
  Arbitrary<Persoonsgegevens> persoonsgegevensOnForm() {
    return Combinators.combine(persoonsgegevens(), formDates(), ageInDays())
        .as((persoon, datum, days) -> withBirthDate(persoon, datum.minusDays(days)));
  }

  private static Arbitrary<Casus> identified() {
    return Combinators.combine(
            formDates(),
            persoonsgegevens(),
            ageInDays(),
            aanmelders(),
            names(),
            consenters(),
            Arbitraries.of(true, false))
        .as(
            (datum, persoon, days, aanmelder, zorgcoordinator, door, gemeld) ->
                form(datum)
                    .aanmelder(aanmelder)
                    .kind(
                        Kind.builder()
                            .persoonsgegevens(withBirthDate(persoon, datum.minusDays(days)))
                            .kern(BergenKernen.EGMOND_BINNEN)
                            .build())
                    .zorgcoordinator(
                        Professional.builder().naam(zorgcoordinator).organisatie("Bureau Jeugdzorg").build())
                    .toestemming(consent(door))
                    .inVerwijsindexGemeld(gemeld)
                    .build());
  }

  private static Arbitrary<Casus> anonymous() {
    return Combinators.combine(
            formDates(), aanmelders(), Arbitraries.integers().between(0, 23), Arbitraries.of(BergenKernen.all()))
        .as(
            (datum, aanmelder, leeftijd, kern) ->
                form(datum)
                    .aanmelder(aanmelder)
                    .kind(Kind.builder().leeftijd(leeftijd).kern(kern).build())
                    .toestemming(Bespreekformulieren.zonder())
                    .inVerwijsindexGemeld(false)
                    .build());
  }

  /** A child's age on the form's date in days: from 1 day to just under 24 years. */
  private static Arbitrary<Integer> ageInDays() {
    return Arbitraries.integers().between(1, 24 * 365 - 7);
  }

  private static Persoonsgegevens withBirthDate(Persoonsgegevens persoon, LocalDate geboortedatum) {
    return Persoonsgegevens.builder().from(persoon).geboortedatum(geboortedatum).build();
  }

  private static Casus.Builder form(LocalDate datum) {
    return Casus.builder()
        .kenmerk("K" + datum.toEpochDay())
        .aanmelder(Bespreekformulieren.aanmelder())
        .inVerwijsindexGemeld(false)
        .datumInvulling(datum)
        .datumOverleg(datum.plusWeeks(3))
        .addVragen("Welke hulp past?")
        .statusgeschiedenis(Statusgeschiedenis.aangemeld(datum).met(Casusstatus.GEAGENDEERD, datum.plusDays(2)));
  }

  private static Arbitrary<Persoonsgegevens> persoonsgegevens() {
    return Builders.withBuilder(Persoonsgegevens::builder)
        .use(names()).in((b, naam) -> b.voornaam(naam))
        .use(names()).in((b, naam) -> b.achternaam(naam))
        .use(names()).withProbability(0.8).in((b, naam) -> b.achternaamVader(naam))
        .use(names()).withProbability(0.8).in((b, naam) -> b.achternaamMoeder(naam))
        .use(names()).withProbability(0.9).in((b, naam) -> b.straat(naam + "straat").huisnummer("1"))
        .use(postcodes()).withProbability(0.9).in((b, postcode) -> b.postcode(postcode))
        .use(testBsns()).withProbability(0.9).in((b, bsn) -> b.bsn(bsn))
        .build(Persoonsgegevens.Builder::build);
  }

  private static Arbitrary<Aanmelder> aanmelders() {
    return Combinators.combine(names(), Arbitraries.integers().between(0, 9_999_999))
        .as(
            (naam, nummer) ->
                Aanmelder.builder()
                    .naam(naam)
                    .organisatie("Stichting Welzijn Bergen")
                    .telefoonnummer(String.format(Locale.ROOT, "072%07d", nummer))
                    .emailadres(naam.toLowerCase(Locale.ROOT) + "@example.org")
                    .build());
  }

  private static Arbitrary<Set<Toestemmer>> consenters() {
    return Arbitraries.of(Toestemmer.class).set().ofMinSize(1);
  }

  private static Toestemming consent(Set<Toestemmer> door) {
    return Toestemming.builder().metToestemming(true).besprokenMetOuders(true).gegevenDoor(door).build();
  }

  /** Invented names: a capital and five to eleven small letters; no edge cases, which add nothing here. */
  private static Arbitrary<String> names() {
    return Combinators.combine(
            Arbitraries.chars().range('A', 'Z'),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(5).ofMaxLength(11))
        .as((first, rest) -> first + rest)
        .edgeCases(edgeCases -> edgeCases.filter(name -> false));
  }

  private static Arbitrary<Postcode> postcodes() {
    return Combinators.combine(
            Arbitraries.integers().between(1000, 9999),
            Arbitraries.strings().withCharRange('A', 'Z').ofLength(2).filter(letters -> !letters.matches("S[ADS]")))
        .as((digits, letters) -> Postcode.parse(digits + letters));
  }

  /** BSNs from the test range 9999xxxxx that pass the eleven-test. */
  private static Arbitrary<Bsn> testBsns() {
    return Arbitraries.integers()
        .between(0, 99_999)
        .map(n -> String.format(Locale.ROOT, "9999%05d", n))
        .filter(Bsn::passesElfproef)
        .map(Bsn::parse);
  }
}
