package nl.cjg.jqwik;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import nl.cjg.core.casus.Afspraak;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.overleg.Aanvraag;
import nl.cjg.core.overleg.Agenda;
import nl.cjg.core.overleg.Agendaplanner;
import nl.cjg.core.overleg.Agendaplanning;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.overleg.Doorverwijzing;
import nl.cjg.core.overleg.Planningsregels;
import nl.cjg.core.overleg.Vergaderschema;
import nl.cjg.core.overleg.Voorzitter;

/** Arbitraries of case meetings and their planning. Stateless. */
final class Overleggen {
  private Overleggen() {}

  static Arbitrary<Voorzitter> voorzitter() {
    return Basis.naam().map(naam -> Voorzitter.of(naam, Voorzitter.Rol.PROCESREGISSEUR));
  }

  /**
   * A meeting chaired by the procesregisseur whose per-case records are about cases on its agenda
   * and whose agreements are due on or after its date.
   */
  static Arbitrary<Casusoverleg> casusoverleg() {
    Arbitrary<List<String>> agenda = Casussen.kenmerk().list().ofMaxSize(4).uniqueElements();
    Arbitrary<List<Integer>> keuzes = Arbitraries.integers().between(0, 3).list().ofMaxSize(4);
    Arbitrary<List<Boolean>> aanwezig = Arbitraries.of(false, true).list().ofSize(4);
    Arbitrary<List<Afspraak>> afspraken = Casussen.afspraak().list().ofSize(4);
    Arbitrary<List<Integer>> termijnen = Arbitraries.integers().between(0, 90).list().ofSize(4);
    Arbitrary<Vergadering> vergadering =
        Combinators.combine(Basis.dag(), agenda, keuzes, aanwezig, afspraken, termijnen, Casussen.professional().list().ofMaxSize(2))
            .as(Vergadering::new);
    return Builders.withBuilder(Casusoverleg::builder)
        .use(vergadering).in(Overleggen::vul)
        .use(voorzitter()).in(Casusoverleg.Builder::voorzitter)
        .use(Casussen.professional().list().ofMaxSize(4)).in(Casusoverleg.Builder::vastTeam)
        .use(Arbitraries.integers().between(0, 240)).withProbability(0.3).in(Casusoverleg.Builder::geplandeMinuten)
        .use(Arbitraries.integers().between(0, 300)).withProbability(0.5).in(Casusoverleg.Builder::bestedeMinuten)
        .build(Casusoverleg.Builder::build);
  }

  /** The parts of a meeting that depend on its agenda. */
  private record Vergadering(
      LocalDate datum,
      List<String> agenda,
      List<Integer> keuzes,
      List<Boolean> aanwezig,
      List<Afspraak> afspraken,
      List<Integer> termijnen,
      List<Professional> aanschuivend) {}

  private static Casusoverleg.Builder vul(Casusoverleg.Builder overleg, Vergadering v) {
    overleg.datum(v.datum()).casussen(v.agenda());
    if (v.agenda().isEmpty()) {
      return overleg;
    }
    List<Afspraak> lijst = new ArrayList<>();
    for (int i = 0; i < v.keuzes().size(); i++) {
      String kenmerk = v.agenda().get(v.keuzes().get(i) % v.agenda().size());
      lijst.add(
          Afspraak.builder().from(v.afspraken().get(i)).casus(kenmerk).uiterlijk(v.datum().plusDays(v.termijnen().get(i))).build());
    }
    for (int i = 0; i < v.agenda().size(); i++) {
      if (v.aanwezig().get(i)) {
        overleg.putOudersAanwezig(v.agenda().get(i), i % 2 == 0);
      }
    }
    if (!v.aanschuivend().isEmpty()) {
      overleg.putAanschuivendePartner(v.agenda().get(0), v.aanschuivend());
    }
    return overleg.afsprakenlijst(lijst);
  }

  static Arbitrary<Aanvraag> aanvraag() {
    return Builders.withBuilder(Aanvraag::builder)
        .use(Casussen.kenmerk()).in(Aanvraag.Builder::kenmerk)
        .use(Basis.dag()).in(Aanvraag.Builder::aanvraagdatum)
        .use(Arbitraries.of(Aanvraag.Prioriteit.class)).in(Aanvraag.Builder::prioriteit)
        .use(Arbitraries.integers().between(1, 120)).in(Aanvraag.Builder::verwachteMinuten)
        .use(Arbitraries.of(false, true)).in(Aanvraag.Builder::ouderOfJongereAanwezig)
        .use(Arbitraries.of(false, true)).in(Aanvraag.Builder::eldersInBehandeling)
        .build(Aanvraag.Builder::build);
  }

  static Arbitrary<Planningsregels> planningsregels() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 240),
            Arbitraries.integers().between(0, 7),
            Arbitraries.integers().between(1, 5).optional(0.5),
            Arbitraries.integers().between(0, 120).optional(0.5))
        .as((minuten, voorbereiding, uitgesteld, wachten) -> {
          Planningsregels.Builder regels =
              Planningsregels.builder().minutenPerOverleg(minuten).dagenVoorbereiding(voorbereiding).maximaalUitgesteld(uitgesteld);
          wachten.ifPresent(dagen -> regels.maximaleWachtdagen(voorbereiding + dagen));
          return regels.build();
        });
  }

  static Arbitrary<Vergaderschema> vergaderschema() {
    return Combinators.combine(
            Basis.dag(),
            Basis.metRanden(Arbitraries.integers().between(1, 42), Vergaderschema.DRIE_WEKEN),
            Tijd.datumbereik().list().ofMaxSize(2),
            Arbitraries.of(Vergaderschema.Uitzonderingsregel.class))
        .as((start, interval, uitzonderingen, regel) ->
            Vergaderschema.builder()
                .startdatum(start)
                .intervalInDagen(interval)
                .uitzonderingen(uitzonderingen)
                .uitzonderingsregel(regel)
                .build());
  }

  /** Agendas of one meeting: requests made on or before its date, each case once. */
  static Arbitrary<Agenda> agenda() {
    return Combinators.combine(Basis.dag(), Arbitraries.integers().between(1, 240), aanvraag().list().ofMaxSize(4).uniqueElements(Aanvraag::kenmerk))
        .as((datum, minuten, aanvragen) -> Agenda.builder()
            .datum(datum)
            .geplandeMinuten(minuten)
            .punten(aanvragen.stream().map(aanvraag -> nietNa(aanvraag, datum)).toList())
            .build());
  }

  /** Requests redirected within the network on or after the day they were made. */
  static Arbitrary<Doorverwijzing> doorverwijzing() {
    return Combinators.combine(aanvraag(), Arbitraries.of(Doorverwijzing.Reden.class), Arbitraries.integers().between(0, 90))
        .as((aanvraag, reden, dagen) -> Doorverwijzing.of(aanvraag, reden, aanvraag.aanvraagdatum().plusDays(dagen)));
  }

  /** The plans {@link Agendaplanner} makes of up to eight requests over up to five meeting dates. */
  static Arbitrary<Agendaplanning> agendaplanning() {
    return Combinators.combine(
            Basis.dag().list().ofMaxSize(5),
            aanvraag().list().ofMaxSize(8).uniqueElements(Aanvraag::kenmerk),
            planningsregels())
        .as(Agendaplanner::plan);
  }

  /** The request, made no later than {@code datum}. */
  private static Aanvraag nietNa(Aanvraag aanvraag, LocalDate datum) {
    return aanvraag.aanvraagdatum().isAfter(datum) ? Aanvraag.builder().from(aanvraag).aanvraagdatum(datum).build() : aanvraag;
  }
}
