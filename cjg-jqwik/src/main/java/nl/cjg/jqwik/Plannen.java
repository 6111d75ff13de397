package nl.cjg.jqwik;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import nl.cjg.core.tijd.Periode;
import nl.cjg.core.tijd.Tijdvak;
import nl.cjg.core.werkplan.Actie;
import nl.cjg.core.werkplan.Communicatiedoel;
import nl.cjg.core.werkplan.Communicatiedoelgroep;
import nl.cjg.core.werkplan.Communicatieplan;
import nl.cjg.core.werkplan.Communicatiestap;
import nl.cjg.core.werkplan.Evaluatie;
import nl.cjg.core.werkplan.Fase;
import nl.cjg.core.werkplan.GoNoGo;
import nl.cjg.core.werkplan.Meting;
import nl.cjg.core.werkplan.Middel;
import nl.cjg.core.werkplan.PlanVanAanpak;
import nl.cjg.core.werkplan.StrategischeKeuze;
import nl.cjg.core.werkplan.Werkplan;
import nl.cjg.core.werkplan.WerkplanItem;

/** Arbitraries of work plans, plans of approach and communication plans. Stateless. */
final class Plannen {
  private static final int EERSTE_JAAR = 2008;
  private static final int LAATSTE_JAAR = 2030;
  private static final Arbitrary<Integer> JAAR = Arbitraries.integers().between(EERSTE_JAAR, LAATSTE_JAAR);

  // One arbitrary per plan year, made once: jqwik reuses the generator of an arbitrary it has seen.
  private static final Map<Integer, Arbitrary<Evaluatie>> EVALUATIES = perJaar(Plannen::evaluatie);
  private static final Map<Integer, Arbitrary<Meting>> METINGEN = perJaar(Plannen::meting);
  private static final Map<Integer, Arbitrary<Actie>> ACTIES = perJaar(Plannen::actie);
  private static final Map<Integer, Arbitrary<WerkplanItem>> ITEMS = perJaar(jaar -> werkplanItem(jaar, 1));
  private static final Map<Integer, Arbitrary<Werkplan>> WERKPLANNEN = perJaar(Plannen::werkplan);
  private static final Map<Integer, Arbitrary<PlanVanAanpak>> PLANNEN = perJaar(Plannen::planVanAanpak);
  private static final Map<Integer, Arbitrary<Communicatieplan>> COMMUNICATIEPLANNEN = perJaar(Plannen::communicatieplan);

  private Plannen() {}

  /** An arbitrary for each year from one before the first plan year to two after the last. */
  private static <T> Map<Integer, Arbitrary<T>> perJaar(IntFunction<Arbitrary<T>> maak) {
    Map<Integer, Arbitrary<T>> perJaar = new HashMap<>();
    for (int jaar = EERSTE_JAAR - 1; jaar <= LAATSTE_JAAR + 2; jaar++) {
      perJaar.put(jaar, maak.apply(jaar));
    }
    return Map.copyOf(perJaar);
  }

  /** An evaluation dated in {@code jaar}. */
  static Arbitrary<Evaluatie> evaluatie(int jaar) {
    return Combinators.combine(Tijd.dagIn(jaar), Basis.tekst(), Arbitraries.of(Evaluatie.Voortgang.class).optional(0.7))
        .as((datum, tekst, uitkomst) -> Evaluatie.builder().datum(datum).tekst(tekst).uitkomst(uitkomst).build());
  }

  static Arbitrary<Evaluatie> evaluatie() {
    return JAAR.flatMap(EVALUATIES::get);
  }

  /** Item {@code nummer} of a plan of {@code jaar}, due within the year. */
  static Arbitrary<WerkplanItem> werkplanItem(int jaar, int nummer) {
    Arbitrary<LocalDate> deadline = Basis.dag(LocalDate.of(jaar, 1, 2), LocalDate.of(jaar + 1, 1, 1));
    return Combinators.combine(Basis.tekst(), Basis.tekst(), deadline, evaluatie(jaar).list().ofMaxSize(2))
        .as((onderwerp, tekst, gerealiseerdVoor, evaluaties) ->
            WerkplanItem.builder()
                .nummer(nummer)
                .onderwerp(onderwerp)
                .doel(tekst)
                .resultaat(tekst)
                .werkwijze(tekst)
                .gerealiseerdVoor(gerealiseerdVoor)
                .evaluaties(evaluaties)
                .build());
  }

  static Arbitrary<WerkplanItem> werkplanItem() {
    return JAAR.flatMap(ITEMS::get);
  }

  /** A work plan of one year whose evaluations and deadlines lie in that year. */
  static Arbitrary<Werkplan> werkplan() {
    return JAAR.flatMap(WERKPLANNEN::get);
  }

  private static Arbitrary<Werkplan> werkplan(int jaar) {
    return Combinators.combine(Basis.tekst(), Arbitraries.integers().between(0, 4), items(jaar, 4), evaluatie(jaar).list().ofMaxSize(2))
        .as((visie, aantal, items, evaluaties) -> {
          Werkplan.Builder plan = Werkplan.builder().jaar(Year.of(jaar)).visie(visie);
          return plan.items(items.subList(0, aantal)).evaluaties(evaluaties).build();
        });
  }

  private static Arbitrary<List<WerkplanItem>> items(int jaar, int aantal) {
    List<Arbitrary<WerkplanItem>> items = new ArrayList<>();
    for (int nummer = 1; nummer <= aantal; nummer++) {
      items.add(werkplanItem(jaar, nummer));
    }
    return alle(items);
  }

  static Arbitrary<Actie.Besluitmoment> besluitmoment() {
    return Combinators.combine(Basis.naam(), Basis.dag()).as(Actie.Besluitmoment::of);
  }

  /** An action in one month of {@code jaar}, decided on days of that month. */
  static Arbitrary<Actie> actie(int jaar) {
    return Combinators.combine(
            Basis.tekst(), Basis.tekst(), Basis.naam().list().ofMaxSize(2), Arbitraries.integers().between(1, 12),
            Basis.naam().list().ofMaxSize(2), Arbitraries.integers().between(1, 28))
        .as((actie, resultaat, wie, maand, organen, dag) -> {
          List<Actie.Besluitmoment> besluiten = organen.stream().map(orgaan -> Actie.Besluitmoment.of(orgaan, LocalDate.of(jaar, maand, dag))).toList();
          return Actie.builder()
              .actie(actie)
              .resultaat(resultaat)
              .wie(wie)
              .wanneer(Periode.maand(YearMonth.of(jaar, maand)))
              .besluitmomenten(besluiten)
              .build();
        });
  }

  static Arbitrary<Actie> actie() {
    return JAAR.flatMap(ACTIES::get);
  }

  static Arbitrary<GoNoGo> goNoGo() {
    return Arbitraries.oneOf(Basis.dag().map(GoNoGo::go), Basis.dag().map(GoNoGo::noGo), Arbitraries.just(GoNoGo.nogNietBesloten()));
  }

  static Arbitrary<Fase> fase() {
    return Combinators.combine(Arbitraries.of(Fase.Stap.class), Basis.tekst(), actie().list().ofMaxSize(2), goNoGo().optional())
        .as((stap, resultaat, acties, gate) ->
            Fase.builder().stap(stap).beoogdResultaat(resultaat).acties(acties).goNoGo(gate).build());
  }

  /**
   * A plan of approach over three years: phases in step order with actions in its span, gates
   * decided in order, go until at most one no-go, then undecided.
   */
  static Arbitrary<PlanVanAanpak> planVanAanpak() {
    return JAAR.flatMap(PLANNEN::get);
  }

  private static Arbitrary<PlanVanAanpak> planVanAanpak(int jaar) {
    Arbitrary<List<Fase.Stap>> stappen = Arbitraries.of(Fase.Stap.class).set().map(set -> set.stream().sorted().toList());
    Arbitrary<List<List<Actie>>> acties =
        Arbitraries.integers().between(0, 2).flatMap(later -> ACTIES.get(jaar + later)).list().ofMaxSize(2).list().ofSize(4);
    Arbitrary<Integer> besloten = Arbitraries.integers().between(0, 4);
    Arbitrary<Boolean> laatsteNoGo = Arbitraries.of(false, true);
    return Combinators.combine(Basis.tekst(), stappen, acties, besloten, laatsteNoGo, Basis.tekst(), Arbitraries.of(false, true))
        .as((titel, stapLijst, actieLijsten, aantalBesloten, noGo, resultaat, metLooptijd) -> {
          PlanVanAanpak.Builder plan = PlanVanAanpak.builder().titel(titel);
          if (metLooptijd) {
            plan.looptijd(Periode.of(Tijdvak.jaar(jaar), Tijdvak.jaar(jaar + 2)));
          }
          for (int i = 0; i < stapLijst.size(); i++) {
            Fase.Builder fase =
                Fase.builder().stap(stapLijst.get(i)).beoogdResultaat(resultaat).acties(actieLijsten.get(i));
            LocalDate datum = LocalDate.of(jaar, 3, 1).plusMonths(4L * i);
            if (i < aantalBesloten) {
              fase.goNoGo(noGo && i == aantalBesloten - 1 ? GoNoGo.noGo(datum) : GoNoGo.go(datum));
            } else if (i == aantalBesloten) {
              fase.goNoGo(GoNoGo.nogNietBesloten());
            }
            plan.addFasen(fase.build());
          }
          return plan.build();
        });
  }

  static Arbitrary<Middel> middel() {
    return Combinators.combine(Arbitraries.of(Middel.Soort.class), Basis.tekst().optional(0.3))
        .as((soort, label) -> {
          if (label.isPresent()) {
            return Middel.of(soort, label.get());
          }
          return soort == Middel.Soort.OVERIG ? Middel.of(soort, "overig middel") : Middel.of(soort);
        });
  }

  static Arbitrary<Meting> meting(int jaar) {
    return Combinators.combine(Arbitraries.integers().between(1, 2_000), Arbitraries.integers().between(0, 100), Basis.tekst().optional(0.5))
        .as((steekproef, procent, bron) ->
            Meting.builder().periode(Periode.jaar(jaar)).steekproef(steekproef).bekend(steekproef * procent / 100).bron(bron).build());
  }

  static Arbitrary<Meting> meting() {
    return JAAR.flatMap(METINGEN::get);
  }

  /** The measurements held in {@code jaar}, for years around the plan years. */
  static Arbitrary<Meting> metingIn(int jaar) {
    return METINGEN.get(jaar);
  }

  /** The actions of {@code jaar}, for years around the plan years. */
  static Arbitrary<Actie> actieIn(int jaar) {
    return ACTIES.get(jaar);
  }

  static Arbitrary<StrategischeKeuze> strategischeKeuze(int nummer) {
    return Combinators.combine(Arbitraries.of(StrategischeKeuze.Termijn.class), Basis.tekst(), Basis.tekst())
        .as((termijn, onderwerp, toelichting) ->
            StrategischeKeuze.builder().nummer(nummer).termijn(termijn).onderwerp(onderwerp).toelichting(toelichting).build());
  }

  static Arbitrary<Communicatiedoel> communicatiedoel() {
    return Combinators.combine(Basis.tekst(), Arbitraries.of(Communicatiedoel.Soort.class)).as(Communicatiedoel::of);
  }

  static Arbitrary<Communicatiestap> communicatiestap(int nummer) {
    return Combinators.combine(communicatiedoel().list().ofMaxSize(2), middel().list().ofMinSize(1).ofMaxSize(3))
        .as((doelen, middelen) -> Communicatiestap.builder().nummer(nummer).doelen(doelen).middelen(middelen).build());
  }

  static Arbitrary<Communicatiedoelgroep> communicatiedoelgroep() {
    return Combinators.combine(Basis.tekst(), Arbitraries.integers().between(0, 10_000), Bevolking.leeftijdsgroep().optional(0.3))
        .as((naam, aantal, leeftijd) -> Communicatiedoelgroep.builder().naam(naam).aantal(aantal).leeftijd(leeftijd).build());
  }

  /**
   * A communication plan: numbered choices, steps that carry out some of them with at least one
   * means each, a budget in cents, and a 1-meting in the year after the 0-meting.
   */
  static Arbitrary<Communicatieplan> communicatieplan() {
    return JAAR.flatMap(COMMUNICATIEPLANNEN::get);
  }

  private static Arbitrary<Communicatieplan> communicatieplan(int jaar) {
    List<Arbitrary<StrategischeKeuze>> keuzes = new ArrayList<>();
    List<Arbitrary<Optional<Communicatiestap>>> stappen = new ArrayList<>();
    for (int nummer = 1; nummer <= 4; nummer++) {
      keuzes.add(strategischeKeuze(nummer));
      stappen.add(communicatiestap(nummer).optional(0.7));
    }
    Arbitrary<Keuzes> keuzesEnStappen =
        Combinators.combine(Arbitraries.integers().between(0, 4), alle(keuzes), alle(stappen))
            .as((aantal, keuzeLijst, stapLijst) -> new Keuzes(
                keuzeLijst.subList(0, aantal), stapLijst.subList(0, aantal).stream().flatMap(Optional::stream).toList()));
    return Combinators.combine(
            keuzesEnStappen,
            Basis.tekst(),
            communicatiedoelgroep().list().ofMaxSize(3),
            Arbitraries.longs().between(0, 10_000_000),
            meting(jaar).optional(0.5),
            meting(jaar + 1).optional(0.5))
        .as((gekozen, tekst, doelgroepen, centen, nul, een) -> {
          Communicatieplan.Builder plan =
              Communicatieplan.builder()
                  .jaar(Year.of(jaar))
                  .probleem(tekst)
                  .doel(tekst)
                  .doelgroepen(doelgroepen)
                  .keuzes(gekozen.keuzes())
                  .stappen(gekozen.stappen())
                  .budget(BigDecimal.valueOf(centen, 2))
                  .nulmeting(nul)
                  .eenmeting(een);
          return plan.build();
        });
  }

  /** The strategic choices of a plan and the steps that carry some of them out. */
  private record Keuzes(List<StrategischeKeuze> keuzes, List<Communicatiestap> stappen) {}

  /** One value of each arbitrary, in order; none for an empty list. */
  private static <T> Arbitrary<List<T>> alle(List<Arbitrary<T>> arbitraries) {
    return arbitraries.isEmpty() ? Arbitraries.just(List.of()) : Combinators.combine(arbitraries).as(List::copyOf);
  }

  /** Strategic choices of a communication plan, numbered 1 to 9. */
  static Arbitrary<StrategischeKeuze> strategischeKeuze() {
    return Arbitraries.integers().between(1, 9).flatMap(Plannen::strategischeKeuze);
  }

  /** Steps of a communication plan, numbered 1 to 9. */
  static Arbitrary<Communicatiestap> communicatiestap() {
    return Arbitraries.integers().between(1, 9).flatMap(Plannen::communicatiestap);
  }
}
