package nl.cjg.core.privacy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import nl.cjg.core.casus.Aanmelder;
import nl.cjg.core.casus.BetrokkenInstantie;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.casus.Leefgebied;
import nl.cjg.core.casus.OndernomenActie;
import nl.cjg.core.casus.Persoonsgegevens;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.casus.Statusgeschiedenis;
import nl.cjg.core.casus.Toestemmer;
import nl.cjg.core.casus.Toestemming;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.id.Postcode;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.verwijsindex.Signaal;

/**
 * Generated values that carry personal data, and the texts of that data that must never show:
 * cases (identified and anonymous, every personal attribute filled in), the child's identifying
 * data, referrers, professionals and Verwijsindex signals. Names are invented ({@code Zq…}, so they
 * cannot occur in any message by chance); BSNs come from the test range 9999xxxxx.
 */
final class PersonalData {
  /** The first form date generated. */
  static final LocalDate FIRST_FORM = LocalDate.of(2010, 1, 4);

  private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d-M-yyyy", Locale.ROOT);
  private static final DateTimeFormatter DUTCH_PADDED = DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.ROOT);

  private PersonalData() {}

  /** Invented names: {@code Zq}, a capital and four to nine small letters. */
  static Arbitrary<String> names() {
    return Combinators.combine(
            Arbitraries.chars().range('A', 'Z'),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(9))
        .as((first, rest) -> "Zq" + first + rest)
        .withoutEdgeCases();
  }

  /** Postcodes of every valid shape. */
  static Arbitrary<Postcode> postcodes() {
    return Combinators.combine(
            Arbitraries.integers().between(1000, 9999),
            Arbitraries.strings().withCharRange('A', 'Z').ofLength(2).filter(letters -> !letters.matches("S[ADS]")))
        .as((digits, letters) -> Postcode.parse(digits + letters));
  }

  /** BSNs from the test range 9999xxxxx that pass the eleven-test. */
  static Arbitrary<Bsn> testBsns() {
    return Arbitraries.integers()
        .between(0, 99_999)
        .map(n -> String.format(Locale.ROOT, "9999%05d", n))
        .filter(Bsn::passesElfproef)
        .map(Bsn::parse);
  }

  static Arbitrary<LocalDate> formDates() {
    return Arbitraries.integers().between(0, 3 * 365).map(FIRST_FORM::plusDays);
  }

  /** Every attribute filled in, birth date left to the caller. */
  static Arbitrary<Persoonsgegevens.Builder> persoonsgegevens() {
    return Builders.withBuilder(Persoonsgegevens::builder)
        .use(names()).in((b, naam) -> b.voornaam(naam))
        .use(names()).in((b, naam) -> b.achternaam(naam))
        .use(names()).in((b, naam) -> b.achternaamVader(naam))
        .use(names()).in((b, naam) -> b.achternaamMoeder(naam))
        .use(names()).in((b, naam) -> b.straat(naam + "straat").huisnummer("12a").woonplaats("Bergen"))
        .use(postcodes()).in((b, postcode) -> b.postcode(postcode))
        .use(testBsns()).in((b, bsn) -> b.bsn(bsn))
        .use(names()).in((b, naam) -> b.telefoonnummer("06" + naam.length() + "1234567"))
        .use(names()).in((b, naam) -> b.emailadres(naam.toLowerCase(Locale.ROOT) + "@example.org"))
        .build(b -> b);
  }

  static Arbitrary<Aanmelder> aanmelders() {
    return names()
        .map(
            naam ->
                Aanmelder.builder()
                    .naam(naam)
                    .organisatie("Stichting Welzijn Bergen")
                    .functie("jongerenwerker")
                    .telefoonnummer("072 000 0000")
                    .emailadres(naam.toLowerCase(Locale.ROOT) + "@example.org")
                    .addWerkdagen(DayOfWeek.MONDAY)
                    .build());
  }

  /** Status histories along every allowed path. */
  static Arbitrary<Statusgeschiedenis> histories(LocalDate datum) {
    return Arbitraries.<List<Casusstatus>>of(
        List.of(),
        List.of(Casusstatus.GEAGENDEERD),
        List.of(Casusstatus.GEAGENDEERD, Casusstatus.BESPROKEN),
        List.of(Casusstatus.GEAGENDEERD, Casusstatus.BESPROKEN, Casusstatus.AFGEROND),
        List.of(Casusstatus.DOORVERWEZEN),
        List.of(Casusstatus.GEAGENDEERD, Casusstatus.DOORVERWEZEN))
        .map(
            steps -> {
              Statusgeschiedenis history = Statusgeschiedenis.aangemeld(datum);
              for (int i = 0; i < steps.size(); i++) {
                history = history.met(steps.get(i), datum.plusDays(7L * (i + 1)));
              }
              return history;
            });
  }

  /** Identified cases (with consent) and anonymous ones, with every personal attribute filled in. */
  static Arbitrary<Casus> casussen() {
    return Arbitraries.oneOf(identified(), anonymous());
  }

  /** Cases with consent: birth date from 1 day to 24 years (and sometimes 200 years) before the form. */
  static Arbitrary<Casus> identified() {
    Arbitrary<Integer> ageInDays =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(20, Arbitraries.integers().between(1, 24 * 365 - 7)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(24 * 365, 200 * 365)));
    return formDates()
        .flatMap(
            datum ->
                Combinators.combine(
                        persoonsgegevens(),
                        ageInDays,
                        aanmelders(),
                        names(),
                        kernen(),
                        histories(datum),
                        Arbitraries.of(true, false))
                    .as(
                        (persoon, days, aanmelder, zorgcoordinator, kern, history, gemeld) ->
                            form(datum, aanmelder, history)
                                .kind(
                                    child()
                                        .persoonsgegevens(persoon.geboortedatum(datum.minusDays(days)).build())
                                        .kern(kern)
                                        .build())
                                .zorgcoordinator(
                                    Professional.builder().naam(zorgcoordinator).organisatie("Bureau Jeugdzorg").build())
                                .toestemming(
                                    Toestemming.builder()
                                        .metToestemming(true)
                                        .besprokenMetOuders(true)
                                        .addGegevenDoor(Toestemmer.OUDERS_MET_GEZAG)
                                        .build())
                                .inVerwijsindexGemeld(gemeld)
                                .build()));
  }

  /** Anonymous cases: an age in years or a band. */
  static Arbitrary<Casus> anonymous() {
    Arbitrary<Optional<Integer>> years = Arbitraries.integers().between(0, 30).optional(0.7);
    return formDates()
        .flatMap(
            datum ->
                Combinators.combine(aanmelders(), years, Arbitraries.integers().between(0, 20), kernen(), histories(datum))
                    .as(
                        (aanmelder, leeftijd, van, kern, history) ->
                            form(datum, aanmelder, history)
                                .kind(
                                    leeftijd.isPresent()
                                        ? child().leeftijd(leeftijd.get()).kern(kern).build()
                                        : child().leeftijdsgroep(Leeftijdsgroep.of(van, van + 4)).kern(kern).build())
                                .toestemming(
                                    Toestemming.builder()
                                        .metToestemming(false)
                                        .besprokenMetOuders(false)
                                        .redenAnoniem("collegiale consultatie")
                                        .build())
                                .inVerwijsindexGemeld(false)
                                .build()));
  }

  static Arbitrary<Signaal> signalen() {
    return Combinators.combine(testBsns(), formDates(), Arbitraries.integers().between(1, 22 * 365), Arbitraries.of(true, false))
        .as(
            (bsn, datum, days, ingetrokken) ->
                Signaal.builder()
                    .bsn(bsn)
                    .organisatie("Bureau Jeugdzorg")
                    .datumRegistratie(datum)
                    .datumIntrekking(ingetrokken ? Optional.of(datum.plusMonths(3)) : Optional.empty())
                    .geboortedatum(datum.minusDays(days))
                    .build());
  }

  private static Arbitrary<Optional<nl.cjg.core.populatie.Kern>> kernen() {
    return Arbitraries.of(BergenKernen.all()).optional(0.9);
  }

  private static Casus.Builder form(LocalDate datum, Aanmelder aanmelder, Statusgeschiedenis history) {
    return Casus.builder()
        .kenmerk("CJG-" + datum.toEpochDay())
        .datumInvulling(datum)
        .datumOverleg(datum.plusWeeks(3))
        .aanmelder(aanmelder)
        .addVragen("Welke hulp past bij de zorgen thuis?")
        .doel("Rust in het gezin")
        .addActies(OndernomenActie.builder().omschrijving("opvoedspreekuur").gerichtOp(OndernomenActie.GerichtOp.OUDERS).effect("iets beter").build())
        .addBetrokkenInstanties(
            BetrokkenInstantie.builder().instantie("Schoolmaatschappelijk werk").wanneer("sinds groep 3").build())
        .putSchets(Leefgebied.THUIS, "veel ruzie")
        .bijzonderheden("heeft een jonger broertje")
        .statusgeschiedenis(history);
  }

  private static nl.cjg.core.casus.Kind.Builder child() {
    return Kind.builder()
        .oorspronkelijkeAanmelder("Jeugdgezondheidszorg")
        .school("De Testschool")
        .groepOfKlas("groep 6")
        .kinderdagverblijfOfPeuterspeelzaal("Het Testnest")
        .schoolloopbaan("groep 4 gedoubleerd")
        .etniciteit("Testlands");
  }

  /** The texts of a child's identifying data that must never show: BSN, names, street, postcode, birth date. */
  static List<String> secrets(Persoonsgegevens persoon) {
    List<String> secrets = new ArrayList<>();
    secrets.add(persoon.voornaam());
    secrets.add(persoon.achternaam());
    persoon.achternaamVader().ifPresent(secrets::add);
    persoon.achternaamMoeder().ifPresent(secrets::add);
    persoon.straat().ifPresent(secrets::add);
    persoon.postcode().ifPresent(postcode -> secrets.addAll(List.of(postcode.value(), postcode.formatted())));
    persoon.bsn().ifPresent(bsn -> secrets.add(bsn.value()));
    persoon.geboortedatum().ifPresent(datum -> secrets.addAll(dates(datum)));
    persoon.telefoonnummer().ifPresent(secrets::add);
    persoon.emailadres().ifPresent(secrets::add);
    return secrets;
  }

  /** The texts of a case's personal data: the child's, the referrer's and the zorgcoördinator's. */
  static List<String> secrets(Casus casus) {
    List<String> secrets = new ArrayList<>();
    casus.kind().persoonsgegevens().ifPresent(persoon -> secrets.addAll(secrets(persoon)));
    secrets.add(casus.aanmelder().naam());
    casus.aanmelder().emailadres().ifPresent(secrets::add);
    casus.zorgcoordinator().flatMap(Professional::naam).ifPresent(secrets::add);
    return secrets;
  }

  /** The texts of a signal's personal data: BSN and birth date. */
  static List<String> secrets(Signaal signaal) {
    List<String> secrets = new ArrayList<>(dates(signaal.geboortedatum()));
    secrets.add(signaal.bsn().value());
    return secrets;
  }

  /** A date as ISO ({@code 2003-02-14}) and Dutch ({@code 14-2-2003}, {@code 14-02-2003}). */
  static List<String> dates(LocalDate datum) {
    return Stream.of(datum.toString(), DUTCH.format(datum), DUTCH_PADDED.format(datum)).distinct().toList();
  }

  /** The secrets that occur in {@code text}, for a clear failure message. */
  static List<String> leaked(String text, List<String> secrets) {
    return secrets.stream().filter(text::contains).toList();
  }
}
