package nl.cjg.core.overleg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class AgendaplannerProperties {
  private static final LocalDate BEGIN = LocalDate.of(2012, 1, 2);

  @Property
  void everyRequestAppearsExactlyOnce(
      @ForAll("vergaderdata") List<LocalDate> data,
      @ForAll("aanvragen") List<Aanvraag> aanvragen,
      @ForAll("regels") Planningsregels regels) {
    Agendaplanning planning = Agendaplanner.plan(data, aanvragen, regels);
    List<Aanvraag> uit =
        Stream.of(
                planning.behandeld().stream(),
                planning.doorverwezen().stream().map(Doorverwijzing::aanvraag),
                planning.wachtend().stream())
            .flatMap(stream -> stream)
            .sorted(Aanvraag.volgorde())
            .toList();
    assertEquals(aanvragen.stream().sorted(Aanvraag.volgorde()).toList(), uit);
  }

  @Property
  void oneAgendaPerMeetingDateAndCapacityRespected(
      @ForAll("vergaderdata") List<LocalDate> data,
      @ForAll("aanvragen") List<Aanvraag> aanvragen,
      @ForAll("regels") Planningsregels regels) {
    Agendaplanning planning = Agendaplanner.plan(data, aanvragen, regels);
    assertEquals(new ArrayList<>(new TreeSet<>(data)), planning.agendas().stream().map(Agenda::datum).toList());
    for (Agenda agenda : planning.agendas()) {
      assertEquals(regels.minutenPerOverleg(), agenda.geplandeMinuten());
      boolean past = agenda.minutenGebruikt() <= regels.minutenPerOverleg();
      boolean alleenTeLang = agenda.punten().size() == 1;
      assertTrue(past || alleenTeLang, "only a request longer than a meeting may run over, and then alone");
    }
  }

  @Property
  void nothingIsPlannedOrRedirectedBeforeItWasRequestedInTime(
      @ForAll("vergaderdata") List<LocalDate> data,
      @ForAll("aanvragen") List<Aanvraag> aanvragen,
      @ForAll("regels") Planningsregels regels) {
    Agendaplanning planning = Agendaplanner.plan(data, aanvragen, regels);
    for (Agenda agenda : planning.agendas()) {
      for (Aanvraag punt : agenda.punten()) {
        assertFalse(agenda.datum().isBefore(punt.aanvraagdatum().plusDays(regels.dagenVoorbereiding())));
        assertFalse(punt.eldersInBehandeling());
        regels.maximaleWachtdagen()
            .ifPresent(maximum -> assertTrue(ChronoUnit.DAYS.between(punt.aanvraagdatum(), agenda.datum()) <= maximum));
      }
    }
    for (Doorverwijzing doorverwijzing : planning.doorverwezen()) {
      Aanvraag aanvraag = doorverwijzing.aanvraag();
      assertFalse(doorverwijzing.datum().isBefore(aanvraag.aanvraagdatum().plusDays(regels.dagenVoorbereiding())));
      assertTrue(data.contains(doorverwijzing.datum()));
    }
  }

  @Property
  void aCaseIsNeverOnTwoConsecutiveMeetings(
      @ForAll("vergaderdata") List<LocalDate> data,
      @ForAll("aanvragen") List<Aanvraag> aanvragen,
      @ForAll("regels") Planningsregels regels) {
    List<Agenda> agendas = Agendaplanner.plan(data, aanvragen, regels).agendas();
    for (int i = 1; i < agendas.size(); i++) {
      Set<String> vorige = kenmerken(agendas.get(i - 1));
      Set<String> deze = kenmerken(agendas.get(i));
      deze.retainAll(vorige);
      assertEquals(Set.of(), deze);
    }
  }

  @Property
  void aCaseTreatedElsewhereIsRedirectedAtTheFirstMeetingItIsInTimeFor(
      @ForAll("vergaderdata") List<LocalDate> data,
      @ForAll("aanvragen") List<Aanvraag> aanvragen,
      @ForAll("regels") Planningsregels regels) {
    Agendaplanning planning = Agendaplanner.plan(data, aanvragen, regels);
    TreeSet<LocalDate> vergaderingen = new TreeSet<>(data);
    for (Doorverwijzing doorverwijzing : planning.doorverwezen()) {
      Aanvraag aanvraag = doorverwijzing.aanvraag();
      LocalDate eerste = vergaderingen.ceiling(aanvraag.aanvraagdatum().plusDays(regels.dagenVoorbereiding()));
      assertEquals(
          aanvraag.eldersInBehandeling(), doorverwijzing.reden() == Doorverwijzing.Reden.ELDERS_IN_BEHANDELING);
      if (aanvraag.eldersInBehandeling()) {
        assertEquals(eerste, doorverwijzing.datum());
      }
    }
    for (Aanvraag wachtend : planning.wachtend()) {
      if (wachtend.eldersInBehandeling()) {
        assertNull(vergaderingen.ceiling(wachtend.aanvraagdatum().plusDays(regels.dagenVoorbereiding())));
      }
    }
  }

  @Property
  void theSameInputInAnyOrderGivesTheSamePlan(
      @ForAll("vergaderdata") List<LocalDate> data,
      @ForAll("aanvragen") List<Aanvraag> aanvragen,
      @ForAll("regels") Planningsregels regels,
      @ForAll long seed) {
    List<Aanvraag> geschud = new ArrayList<>(aanvragen);
    Collections.shuffle(geschud, new Random(seed));
    List<LocalDate> dataGeschud = new ArrayList<>(data);
    Collections.shuffle(dataGeschud, new Random(seed));
    Agendaplanning planning = Agendaplanner.plan(data, aanvragen, regels);
    assertEquals(planning, Agendaplanner.plan(dataGeschud, geschud, regels));
    assertEquals(planning, Agendaplanner.plan(data, aanvragen, regels));
  }

  private static Set<String> kenmerken(Agenda agenda) {
    return agenda.punten().stream().map(Aanvraag::kenmerk).collect(Collectors.toCollection(HashSet::new));
  }

  @Provide
  Arbitrary<List<LocalDate>> vergaderdata() {
    return Arbitraries.integers().between(0, 180).map(BEGIN::plusDays).list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<List<Aanvraag>> aanvragen() {
    Arbitrary<String> kenmerk = Arbitraries.of("K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8");
    Arbitrary<LocalDate> datum = Arbitraries.integers().between(0, 150).map(BEGIN::plusDays);
    Arbitrary<Aanvraag.Prioriteit> prioriteit = Arbitraries.of(Aanvraag.Prioriteit.class);
    Arbitrary<Integer> minuten = Arbitraries.integers().between(5, 150);
    Arbitrary<Boolean> elders = Arbitraries.frequency(Tuple.of(9, false), Tuple.of(1, true));
    Arbitrary<Aanvraag> aanvraag =
        Combinators.combine(kenmerk, datum, prioriteit, minuten, Arbitraries.of(true, false), elders)
            .as(
                (k, d, p, m, aanwezig, e) ->
                    Aanvraag.builder()
                        .kenmerk(k)
                        .aanvraagdatum(d)
                        .prioriteit(p)
                        .verwachteMinuten(m)
                        .ouderOfJongereAanwezig(aanwezig)
                        .eldersInBehandeling(e)
                        .build());
    return aanvraag.list().ofMaxSize(25);
  }

  @Provide
  Arbitrary<Planningsregels> regels() {
    Arbitrary<Integer> minuten = Arbitraries.integers().between(30, 120);
    Arbitrary<Integer> voorbereiding = Arbitraries.integers().between(0, 3);
    Arbitrary<Optional<Integer>> uitgesteld = Arbitraries.integers().between(1, 3).optional();
    Arbitrary<Optional<Integer>> extraWachtdagen = Arbitraries.integers().between(0, 60).optional();
    return Combinators.combine(minuten, voorbereiding, uitgesteld, extraWachtdagen)
        .as(
            (m, v, u, w) ->
                Planningsregels.builder()
                    .minutenPerOverleg(m)
                    .dagenVoorbereiding(v)
                    .maximaalUitgesteld(u)
                    .maximaleWachtdagen(w.map(extra -> v + extra))
                    .build());
  }
}
