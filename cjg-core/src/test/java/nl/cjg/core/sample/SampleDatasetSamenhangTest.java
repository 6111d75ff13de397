package nl.cjg.core.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.cjg.core.casus.Afspraak;
import nl.cjg.core.casus.BetrokkenInstantie;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.casus.Gezinsplan;
import nl.cjg.core.casus.Persoonsgegevens;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.routing.Niveau;
import nl.cjg.core.routing.Router;
import nl.cjg.core.routing.RoutingRules;
import nl.cjg.core.routing.Situatie;
import nl.cjg.core.routing.Veiligheidssignaal;
import nl.cjg.core.verwijsindex.Signaal;
import nl.cjg.core.verwijsindex.Verwijsindex;
import org.junit.jupiter.api.Test;

/** A generated dataset is one connected whole, with its outcomes in the documented proportions. */
class SampleDatasetSamenhangTest {
  /** A dataset split by kind of record. */
  record Delen(
      List<Partner> partners, List<Casus> casussen, List<Casusoverleg> overleggen, List<Gezinsplan> plannen, List<Signaal> signalen) {
    static Delen van(SampleOptions options) {
      Delen delen = new Delen(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      for (SampleRecord record : SampleDataset.of(options)) {
        switch (record.kind()) {
          case PARTNER -> delen.partners.add(record.value(Partner.class));
          case CASUS -> delen.casussen.add(record.value(Casus.class));
          case CASUSOVERLEG -> delen.overleggen.add(record.value(Casusoverleg.class));
          case GEZINSPLAN -> delen.plannen.add(record.value(Gezinsplan.class));
          case SIGNAAL -> delen.signalen.add(record.value(Signaal.class));
          default -> { }
        }
      }
      return delen;
    }
  }

  private static SampleOptions cases(long seed, int aantal) {
    return SampleOptions.builder().seed(seed).aantalCasussen(aantal).build();
  }

  @Test
  void everyReferenceResolvesAndNoIdentityComesTwice() {
    for (long seed = 1; seed <= 5; seed++) {
      Delen delen = Delen.van(cases(seed, 400));
      Set<String> partners = new HashSet<>();
      delen.partners().forEach(partner -> assertTrue(partners.add(partner.naam()), "a partner once"));
      Map<String, Casus> casussen = new HashMap<>();
      delen.casussen().forEach(casus -> assertEquals(null, casussen.put(casus.kenmerk(), casus), "a kenmerk once"));

      List<String> organisaties = new ArrayList<>();
      for (Casus casus : delen.casussen()) {
        casus.aanmelder().organisatie().ifPresent(organisaties::add);
        casus.betrokkenInstanties().stream().map(BetrokkenInstantie::instantie).forEach(organisaties::add);
        casus.zorgcoordinator().flatMap(Professional::organisatie).ifPresent(organisaties::add);
        casus.kind().oorspronkelijkeAanmelder().ifPresent(organisaties::add);
        casus.behandelaar().ifPresent(organisaties::add);
      }
      Set<String> besproken = new HashSet<>();
      for (Casusoverleg overleg : delen.overleggen()) {
        for (String kenmerk : overleg.casussen()) {
          Casus casus = casussen.get(kenmerk);
          assertTrue(casus != null, "a meeting discusses a generated case");
          assertEquals(overleg.datum(), casus.datumOverleg().orElseThrow());
          assertTrue(casus.behandelaar().isEmpty(), "no advice while treated elsewhere");
          assertTrue(besproken.add(kenmerk), "a case is discussed once, so never in the next meeting");
        }
        overleg.afsprakenlijst().forEach(afspraak -> assertTrue(overleg.casussen().contains(afspraak.casus())));
        Stream.concat(overleg.vastTeam().stream(), overleg.aanschuivendePartners().values().stream().flatMap(List::stream))
            .flatMap(professional -> professional.organisatie().stream())
            .forEach(organisaties::add);
        overleg.afsprakenlijst().stream().map(Afspraak::wie).flatMap(wie -> wie.organisatie().stream()).forEach(organisaties::add);
      }
      for (Gezinsplan plan : delen.plannen()) {
        for (String kenmerk : plan.casussen()) {
          Casus casus = casussen.get(kenmerk);
          assertTrue(casus != null, "a family plan belongs to a generated case");
          assertFalse(casus.isAnoniem(), "1 Gezin 1 Plan needs consent");
          assertTrue(besproken.contains(kenmerk));
        }
        plan.zorgcoordinator().organisatie().ifPresent(organisaties::add);
        plan.afspraken().stream().map(Afspraak::wie).flatMap(wie -> wie.organisatie().stream()).forEach(organisaties::add);
      }
      delen.signalen().stream().map(Signaal::organisatie).forEach(organisaties::add);
      assertFalse(organisaties.isEmpty());
      organisaties.forEach(naam -> assertTrue(partners.contains(naam), "a partner of the network"));
    }
  }

  @Test
  void noTwoChildrenShareABsnAndEveryRegisteredChildHasAnActiveSignal() {
    Delen delen = Delen.van(cases(9, 3000));
    Map<Bsn, String> kinderen = new HashMap<>();
    Map<Bsn, List<Signaal>> signalen = new HashMap<>();
    delen.signalen().forEach(signaal -> signalen.computeIfAbsent(signaal.bsn(), k -> new ArrayList<>()).add(signaal));
    int gemeld = 0;
    for (Casus casus : delen.casussen()) {
      var bsn = casus.kind().persoonsgegevens().flatMap(Persoonsgegevens::bsn);
      if (bsn.isEmpty()) {
        assertTrue(!casus.inVerwijsindexGemeld() || casus.isAnoniem());
        continue;
      }
      assertEquals(null, kinderen.put(bsn.get(), casus.kenmerk()), "a BSN belongs to one child");
      if (casus.inVerwijsindexGemeld()) {
        gemeld++;
        List<Signaal> vanKind = signalen.getOrDefault(bsn.get(), List.of());
        assertTrue(vanKind.stream().anyMatch(signaal -> Verwijsindex.isActief(signaal, casus.datumInvulling())));
      }
    }
    assertEquals(SampleBsn.aantal(), kinderen.size(), "3000 cases use up the test range, each number once");
    assertTrue(gemeld > 100, "registered: " + gemeld);
    assertEquals(kinderen.keySet(), new HashSet<>(kinderen.keySet()));
    assertTrue(kinderen.keySet().containsAll(signalen.keySet()), "every signal is of a generated child");
  }

  @Test
  void outcomesFollowThePilotAndTheDocumentedShares() {
    int aantal = 4000;
    List<Casus> casussen = Delen.van(cases(12, aantal)).casussen();
    double besproken = share(casussen, casus -> casus.datumOverleg().isPresent());
    double elders = share(casussen, casus -> casus.behandelaar().isPresent());
    double onveilig = share(casussen, casus -> casus.veiligheidssignalen().contains(Veiligheidssignaal.ACUTE_ONVEILIGHEID)
        || casus.veiligheidssignalen().contains(Veiligheidssignaal.STRUCTURELE_ONVEILIGHEID));
    double zonderSamenwerking = share(casussen, casus -> !casus.samenwerkingMetOudersMogelijk().orElse(true));
    double doorverwezen =
        share(casussen, casus -> casus.statusgeschiedenis().huidigeStatus() == Casusstatus.DOORVERWEZEN);
    assertEquals(7.0 / 11.0, besproken, 0.03, "the pilot: 7 of 11 requests discussed");
    assertEquals(0.1, elders, 0.015);
    assertEquals(0.05, onveilig, 0.012);
    assertEquals(0.1, zonderSamenwerking, 0.015);
    assertTrue(doorverwezen > 0.3 && doorverwezen < 0.5, "taken up elsewhere in the network: " + doorverwezen);
  }

  @Test
  void everyRoutingLevelIsReached() {
    SampleOptions options = cases(4, 1000);
    RoutingRules regels = RoutingRules.bergen2012();
    Map<Niveau, Integer> niveaus = new EnumMap<>(Niveau.class);
    for (Casus casus : Delen.van(options).casussen()) {
      Situatie situatie = Situatie.builder(casus).leeftijd(casus.leeftijdenKind().orElseThrow().van()).build();
      niveaus.merge(Router.route(situatie, options.netwerk(), regels).niveau(), 1, Integer::sum);
    }
    assertEquals(EnumSet.allOf(Niveau.class), niveaus.keySet(), niveaus.toString());
    niveaus.values().forEach(aantal -> assertTrue(aantal >= 20, niveaus.toString()));
  }

  private static double share(List<Casus> casussen, java.util.function.Predicate<Casus> test) {
    return casussen.stream().filter(test).count() / (double) casussen.size();
  }
}
