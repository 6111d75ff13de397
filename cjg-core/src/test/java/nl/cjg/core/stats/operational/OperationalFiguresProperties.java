package nl.cjg.core.stats.operational;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.casus.Statusgeschiedenis;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.overleg.Aanvraag;
import nl.cjg.core.overleg.Agenda;
import nl.cjg.core.overleg.Agendaplanning;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.overleg.Doorverwijzing;
import nl.cjg.core.overleg.Voorzitter;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Doelgroep;
import nl.cjg.core.populatie.Doelgroepsoort;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Omvang;
import nl.cjg.core.referentie.BergenReferentie;
import nl.cjg.core.stats.operational.OperationalFigures.OperationalCollectors;
import nl.cjg.core.werkplan.Werkplan;

/**
 * The operational figures are accumulators: the order of the records, a parallel stream, and
 * splitting the records and merging the parts change nothing.
 */
class OperationalFiguresProperties {
  private static final LocalDate PEILDATUM = LocalDate.of(2012, 7, 1);
  private static final OperationalFigures EMPTY = OperationalFigures.bergen(PEILDATUM);
  private static final Kern ELDERS = Kern.builder().naam("Elders").gemeente(GemeenteCode.parse("GM0361")).build();

  /** The records of the examples that are not generated: a population, plans, target groups, plannings. */
  private static final List<Object> FIXED = fixed();

  private static List<Object> fixed() {
    Aanvraag a = Aanvraag.builder().kenmerk("A").aanvraagdatum(Pilot.START).verwachteMinuten(40).ouderOfJongereAanwezig(true).build();
    Aanvraag b = Aanvraag.builder().kenmerk("B").aanvraagdatum(Pilot.START).verwachteMinuten(60).build();
    List<Object> records = new ArrayList<>();
    records.add(BergenReferentie.populatie());
    records.add(WorkPlanProgressTest.werkplan2012());
    records.add(Werkplan.builder().from(WorkPlanProgressTest.werkplan2012()).jaar(java.time.Year.of(2013)).build());
    records.add(
        Doelgroep.builder().naam("ouders").addWie(Doelgroepsoort.OUDERS).grootte(Omvang.of(7300, "communicatieplan", PEILDATUM)).build());
    records.add(
        Doelgroep.builder().naam("jeugdigen").addWie(Doelgroepsoort.JEUGDIGEN).grootte(Omvang.of(4000, "communicatieplan", PEILDATUM)).build());
    records.add(
        Agendaplanning.builder()
            .addAgenda(Agenda.builder().datum(Pilot.START).geplandeMinuten(90).addPunten(a).build())
            .addDoorverwezen(Doorverwijzing.of(b, Doorverwijzing.Reden.ELDERS_IN_BEHANDELING, Pilot.START))
            .build());
    records.add(Agendaplanning.builder().addWachtend(a, b).build());
    records.add("a record of another kind");
    return List.copyOf(records);
  }

  /** Every figure of a stream of records, by the collectors of each part and of the whole. */
  record Figures(OperationalFigures whole, CaseFigures cases, MeetingFigures meetings, WorkPlanProgress workPlans) {}

  static Figures figures(List<Object> records, boolean parallel) {
    return new Figures(
        collect(records, parallel, OperationalCollectors.dataset(EMPTY)),
        collect(only(records, Casus.class), parallel, OperationalCollectors.cases(BergenKernen.all(), EMPTY.cases().leeftijdsindeling())),
        collect(only(records, Casusoverleg.class), parallel, OperationalCollectors.meetings())
            .merge(collect(only(records, Casus.class), parallel, OperationalCollectors.requests())),
        collect(only(records, Werkplan.class), parallel, OperationalCollectors.workPlans(PEILDATUM)));
  }

  static OperationalFigures whole(List<Object> records) {
    return collect(records, false, OperationalCollectors.dataset(EMPTY));
  }

  private static <T, R> R collect(List<T> records, boolean parallel, Collector<? super T, ?, R> collector) {
    return (parallel ? records.parallelStream() : records.stream()).collect(collector);
  }

  private static <T> List<T> only(List<Object> records, Class<T> type) {
    return records.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
  }

  @Property(tries = 200)
  void shufflingTheRecordsChangesNothing(@ForAll("records") List<Object> records, @ForAll Random random) {
    List<Object> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, random);
    assertEquals(figures(records, false), figures(shuffled, false));
  }

  @Property(tries = 200)
  void parallelStreamsGiveTheSequentialResult(@ForAll("records") List<Object> records) {
    Figures sequential = figures(records, false);
    assertEquals(sequential, figures(records, true));
    assertEquals(sequential.meetings(), sequential.whole().meetings());
    assertEquals(sequential.cases(), sequential.whole().cases());
    assertEquals(sequential.workPlans(), sequential.whole().workPlans());
  }

  @Property(tries = 200)
  void splittingAndMergingGivesTheWhole(@ForAll("records") List<Object> records, @ForAll Random random) {
    int split = random.nextInt(records.size() + 1);
    Figures whole = figures(records, false);
    Figures left = figures(records.subList(0, split), false);
    Figures right = figures(records.subList(split, records.size()), false);
    assertEquals(whole.whole(), left.whole().merge(right.whole()));
    assertEquals(whole.cases(), left.cases().merge(right.cases()));
    assertEquals(whole.meetings(), left.meetings().merge(right.meetings()));
    assertEquals(whole.workPlans(), left.workPlans().merge(right.workPlans()));
  }

  @Property(tries = 100)
  void mergingIsAssociativeWithAnIdentity(
      @ForAll("records") List<Object> a, @ForAll("records") List<Object> b, @ForAll("records") List<Object> c) {
    OperationalFigures x = whole(a);
    OperationalFigures y = whole(b);
    OperationalFigures z = whole(c);
    assertEquals(x.merge(y).merge(z), x.merge(y.merge(z)));
    assertEquals(x, x.merge(EMPTY));
    assertEquals(x, EMPTY.merge(x));
  }

  @Property(tries = 200)
  void everyCaseIsCountedOnceInEachTable(@ForAll("records") List<Object> records) {
    OperationalFigures figures = whole(records);
    long casussen = only(records, Casus.class).size();
    assertEquals(casussen, figures.cases().byKernAndLeeftijdsgroep().total());
    assertEquals(casussen, figures.cases().byStatusAndBespreekvorm().total());
    assertEquals(casussen, figures.meetings().aanvragen());
  }

  @Provide
  Arbitrary<List<Object>> records() {
    Arbitrary<Object> record =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, casussen().map(Object.class::cast)),
            net.jqwik.api.Tuple.of(3, overleggen().map(Object.class::cast)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of(FIXED)));
    return record.list().ofMaxSize(40);
  }

  private static Arbitrary<Casus> casussen() {
    Arbitrary<Optional<Kern>> kern =
        Arbitraries.oneOf(Arbitraries.of(BergenKernen.all()).map(Optional::of), Arbitraries.just(Optional.of(ELDERS)),
            Arbitraries.just(Optional.empty()));
    Arbitrary<Optional<Leeftijdsgroep>> band =
        Combinators.combine(Arbitraries.integers().between(0, 22), Arbitraries.integers().between(1, 6))
            .as((van, breedte) -> Optional.of(Leeftijdsgroep.of(van, van + breedte)));
    Arbitrary<Kind> kind =
        Combinators.combine(kern, Arbitraries.integers().between(0, 23).optional(), Arbitraries.oneOf(band, Arbitraries.just(Optional.<Leeftijdsgroep>empty())))
            .as((k, leeftijd, groep) ->
                Kind.builder().kern(k).leeftijd(leeftijd).leeftijdsgroep(leeftijd.isPresent() ? Optional.empty() : groep).build());
    LocalDate d = Pilot.START;
    Arbitrary<Statusgeschiedenis> status =
        Arbitraries.of(
            Statusgeschiedenis.aangemeld(d),
            Statusgeschiedenis.aangemeld(d).met(Casusstatus.GEAGENDEERD, d),
            Pilot.besproken(d),
            Pilot.besproken(d).met(Casusstatus.AFGEROND, d),
            Pilot.besproken(d).met(Casusstatus.DOORVERWEZEN, d),
            Pilot.doorverwezen(d));
    return Combinators.combine(Arbitraries.integers().between(1, 999), kind, Arbitraries.of(true, false), status, Arbitraries.of(true, false))
        .as(Pilot::casus);
  }

  private static Arbitrary<Casusoverleg> overleggen() {
    Arbitrary<Map<String, Boolean>> ouders =
        Arbitraries.of(true, false).list().ofMaxSize(4).map(list -> {
          Map<String, Boolean> map = new HashMap<>();
          for (int i = 0; i < list.size(); i++) {
            map.put("CJG-2012-" + i, list.get(i));
          }
          return map;
        });
    return Combinators.combine(
            Arbitraries.integers().between(0, 30),
            Arbitraries.integers().between(30, 120),
            Arbitraries.integers().between(0, 200).optional(),
            ouders)
        .as((week, gepland, besteed, aanwezig) ->
            Casusoverleg.builder()
                .datum(Pilot.START.plusWeeks(week))
                .voorzitter(Voorzitter.of("Testvoorzitter", Voorzitter.Rol.PROCESREGISSEUR))
                .geplandeMinuten(gepland)
                .bestedeMinuten(besteed)
                .putAllOudersAanwezig(aanwezig)
                .build());
  }
}
