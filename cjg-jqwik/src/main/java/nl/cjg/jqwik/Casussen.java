package nl.cjg.jqwik;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import nl.cjg.core.casus.Aanmelder;
import nl.cjg.core.casus.Afspraak;
import nl.cjg.core.casus.BetrokkenInstantie;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.casus.Doel;
import nl.cjg.core.casus.Gezinsplan;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.casus.OndernomenActie;
import nl.cjg.core.casus.Persoonsgegevens;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.casus.Statusgeschiedenis;
import nl.cjg.core.casus.Toestemmer;
import nl.cjg.core.casus.Toestemming;
import nl.cjg.core.id.Bsn;

/** Arbitraries of the parts of a case, family plans and agreements. Stateless. */
final class Casussen {
  private Casussen() {}

  /** A case's kenmerk, {@code CJG-1} and up: never personal data. */
  static Arbitrary<String> kenmerk() {
    return Arbitraries.integers().between(1, 9_999_999).map(n -> "CJG-" + n);
  }

  /**
   * A kenmerk that is personal data (rule {@code CASUS-005}): a test-range BSN, a name, an e-mail
   * address, a phone number or a date, alone or after {@code CJG-}.
   */
  static Arbitrary<String> persoonlijkKenmerk() {
    Arbitrary<String> gegeven =
        Arbitraries.oneOf(
            Identificatie.bsn().map(Bsn::value),
            Basis.naam().map(naam -> naam + "sen"),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8).map(naam -> naam + "@example.org"),
            Arbitraries.integers().between(10_000_000, 99_999_999).map(nummer -> "06-" + nummer),
            Arbitraries.integers().between(0, 20_000).map(dag -> LocalDate.of(2000, 1, 1).plusDays(dag).toString()));
    return Combinators.combine(Arbitraries.of("", "CJG-"), gegeven).as(String::concat);
  }

  static Arbitrary<Professional> professional() {
    Arbitrary<Professional> metOrganisatie =
        Builders.withBuilder(Professional::builder)
            .use(Basis.naam()).withProbability(0.5).in(Professional.Builder::naam)
            .use(Basis.naam()).in(Professional.Builder::organisatie)
            .use(Basis.tekst()).withProbability(0.5).in(Professional.Builder::functie)
            .build(Professional.Builder::build);
    Arbitrary<Professional> alleenNaam = Basis.naam().map(naam -> Professional.builder().naam(naam).build());
    return Arbitraries.frequencyOf(Tuple.of(4, metOrganisatie), Tuple.of(1, alleenNaam));
  }

  static Arbitrary<Aanmelder> aanmelder() {
    return Builders.withBuilder(Aanmelder::builder)
        .use(Basis.naam()).in(Aanmelder.Builder::naam)
        .use(Basis.naam()).withProbability(0.8).in(Aanmelder.Builder::organisatie)
        .use(Basis.tekst()).withProbability(0.6).in(Aanmelder.Builder::functie)
        .use(Arbitraries.strings().numeric().ofLength(10)).withProbability(0.3).in(Aanmelder.Builder::telefoonnummer)
        .use(Basis.naam().map(naam -> naam.toLowerCase(Locale.ROOT) + "@cjg.example")).withProbability(0.5)
        .in(Aanmelder.Builder::emailadres)
        .use(Arbitraries.of(DayOfWeek.class).set()).in(Aanmelder.Builder::werkdagen)
        .build(Aanmelder.Builder::build);
  }

  /** Identifying data without a birth date; the case arbitrary adds the one that fits the age. */
  static Arbitrary<Persoonsgegevens> persoonsgegevens() {
    return Builders.withBuilder(Persoonsgegevens::builder)
        .use(Basis.naam()).in(Persoonsgegevens.Builder::voornaam)
        .use(Basis.naam()).in(Persoonsgegevens.Builder::achternaam)
        .use(Basis.naam()).withProbability(0.5).in(Persoonsgegevens.Builder::achternaamVader)
        .use(Basis.naam()).withProbability(0.5).in(Persoonsgegevens.Builder::achternaamMoeder)
        .use(Basis.naam()).withProbability(0.5).in(Persoonsgegevens.Builder::straat)
        .use(Arbitraries.integers().between(1, 300).map(String::valueOf)).withProbability(0.5)
        .in(Persoonsgegevens.Builder::huisnummer)
        .use(Identificatie.postcode()).withProbability(0.5).in(Persoonsgegevens.Builder::postcode)
        .use(Basis.naam()).withProbability(0.5).in(Persoonsgegevens.Builder::woonplaats)
        .use(Identificatie.bsn()).withProbability(0.5).in(Persoonsgegevens.Builder::bsn)
        .build(Persoonsgegevens.Builder::build);
  }

  /** Consent on its own: with consent some parties consented, without it a reason is given. */
  static Arbitrary<Toestemming> toestemming() {
    Arbitrary<Toestemming> met =
        Combinators.combine(Arbitraries.of(Toestemmer.class).set().ofMinSize(1), Arbitraries.of(false, true))
            .as((door, besproken) -> Toestemming.builder().metToestemming(true).besprokenMetOuders(besproken).gegevenDoor(door).build());
    Arbitrary<Toestemming> zonder =
        Combinators.combine(Basis.tekst(), Arbitraries.of(false, true))
            .as((reden, besproken) -> Toestemming.builder().metToestemming(false).besprokenMetOuders(besproken).redenAnoniem(reden).build());
    return Arbitraries.oneOf(met, zonder);
  }

  static Arbitrary<OndernomenActie> actie() {
    return Builders.withBuilder(OndernomenActie::builder)
        .use(Basis.tekst()).in(OndernomenActie.Builder::omschrijving)
        .use(Arbitraries.of(OndernomenActie.GerichtOp.class)).in(OndernomenActie.Builder::gerichtOp)
        .use(Basis.tekst()).withProbability(0.5).in(OndernomenActie.Builder::effect)
        .build(OndernomenActie.Builder::build);
  }

  static Arbitrary<BetrokkenInstantie> betrokkenInstantie() {
    return Builders.withBuilder(BetrokkenInstantie::builder)
        .use(Basis.naam()).in(BetrokkenInstantie.Builder::instantie)
        .use(Tijd.periode()).withProbability(0.5).in(BetrokkenInstantie.Builder::periode)
        .use(Basis.tekst()).withProbability(0.3).in(BetrokkenInstantie.Builder::wanneer)
        .build(BetrokkenInstantie.Builder::build);
  }

  static Arbitrary<Doel> doel() {
    return Combinators.combine(Basis.tekst(), Arbitraries.of(Doel.Status.class))
        .as((omschrijving, status) -> Doel.builder().omschrijving(omschrijving).status(status).build());
  }

  /** An agreement for case {@code kenmerk}, due on or after {@code vanaf}. */
  static Arbitrary<Afspraak> afspraak(String kenmerk, LocalDate vanaf) {
    return Builders.withBuilder(Afspraak::builder)
        .use(professional()).in(Afspraak.Builder::wie)
        .use(Basis.tekst()).in(Afspraak.Builder::wat)
        .use(Arbitraries.integers().between(0, 365).map(vanaf::plusDays)).in(Afspraak.Builder::uiterlijk)
        .use(Arbitraries.of(Afspraak.Status.class)).in(Afspraak.Builder::status)
        .build(afspraak -> afspraak.casus(kenmerk).build());
  }

  static Arbitrary<Afspraak> afspraak() {
    return Combinators.combine(kenmerk(), Basis.dag()).flatAs(Casussen::afspraak);
  }

  /** A family plan made with the parents, whose agreements are about its own cases. */
  static Arbitrary<Gezinsplan> gezinsplan() {
    Arbitrary<List<String>> kenmerken = kenmerk().list().ofMinSize(1).ofMaxSize(3).uniqueElements();
    Arbitrary<LocalDate> opgesteld = Basis.dag();
    Arbitrary<List<Integer>> wie = Arbitraries.integers().between(0, 2).list().ofMaxSize(3);
    return Combinators.combine(kenmerken, opgesteld, professional(), doel().list().ofMaxSize(3), wie, afspraak().list().ofSize(3))
        .as((casussen, datum, zorgcoordinator, doelen, keuzes, afspraken) -> {
          List<Afspraak> eigen = new ArrayList<>();
          for (int i = 0; i < keuzes.size(); i++) {
            eigen.add(Afspraak.builder().from(afspraken.get(i)).casus(casussen.get(keuzes.get(i) % casussen.size())).build());
          }
          Gezinsplan.Builder plan =
              Gezinsplan.builder()
                  .casussen(casussen)
                  .datumOpgesteld(datum)
                  .zorgcoordinator(zorgcoordinator)
                  .oudersBetrokken(true)
                  .doelen(doelen)
                  .afspraken(eigen);
          return plan.build();
        });
  }

  /** A status history along one of the allowed paths, with dates that do not decrease. */
  static Arbitrary<Statusgeschiedenis> statusgeschiedenis() {
    List<List<Casusstatus>> paden =
        List.of(
            List.of(),
            List.of(Casusstatus.GEAGENDEERD),
            List.of(Casusstatus.GEAGENDEERD, Casusstatus.BESPROKEN),
            List.of(Casusstatus.GEAGENDEERD, Casusstatus.BESPROKEN, Casusstatus.AFGEROND),
            List.of(Casusstatus.GEAGENDEERD, Casusstatus.BESPROKEN, Casusstatus.DOORVERWEZEN),
            List.of(Casusstatus.GEAGENDEERD, Casusstatus.DOORVERWEZEN),
            List.of(Casusstatus.DOORVERWEZEN));
    return Combinators.combine(Basis.dag(), Arbitraries.of(paden), Arbitraries.integers().between(0, 60).list().ofSize(3))
        .as(Casussen::geschiedenis);
  }

  static Statusgeschiedenis geschiedenis(LocalDate aangemeld, List<Casusstatus> pad, List<Integer> dagen) {
    Statusgeschiedenis geschiedenis = Statusgeschiedenis.aangemeld(aangemeld);
    LocalDate datum = aangemeld;
    for (int i = 0; i < pad.size(); i++) {
      datum = datum.plusDays(dagen.get(i));
      geschiedenis = geschiedenis.met(pad.get(i), datum);
    }
    return geschiedenis;
  }

  /** Who must consent and nobody else is the minimum; used to compute a wrong set. */
  static Set<Toestemmer> anderen(Set<Toestemmer> vereist) {
    Set<Toestemmer> anders = EnumSet.allOf(Toestemmer.class);
    if (vereist.size() == 1) {
      anders.removeAll(vereist);
    } else {
      anders.remove(Toestemmer.KIND);
    }
    return anders;
  }

  /** The children of valid cases: identified with consent, or only an age (or band) and a kern. */
  static Arbitrary<Kind> kind() {
    return new CasusArbitrary().map(Casus::kind);
  }

  /** One step of a status history: a status and its date. */
  static Arbitrary<Statusgeschiedenis.Wijziging> statuswijziging() {
    return Combinators.combine(Arbitraries.of(Casusstatus.class), Basis.dag()).as(Statusgeschiedenis.Wijziging::of);
  }
}
