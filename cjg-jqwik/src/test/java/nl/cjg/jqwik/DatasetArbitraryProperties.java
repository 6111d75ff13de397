package nl.cjg.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Gezinsplan;
import nl.cjg.core.casus.Persoonsgegevens;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.routing.Niveau;
import nl.cjg.core.routing.Router;
import nl.cjg.core.routing.RoutingRule;
import nl.cjg.core.routing.RoutingRules;
import nl.cjg.core.routing.Situatie;
import nl.cjg.core.routing.Veiligheidssignaal;
import nl.cjg.core.sample.SampleDataset;
import nl.cjg.core.sample.SampleOptions;
import nl.cjg.core.sample.SampleRecord;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.core.verwijsindex.Signaal;
import nl.cjg.core.verwijsindex.Verwijsindex;

/** The arbitrary of connected datasets, and the arbitraries of the planning and routing results. */
class DatasetArbitraryProperties {
  private static final CjgValidator VALIDATOR = CjgValidator.create();

  @Property(tries = 30)
  void everyRecordOfAGeneratedDatasetPassesEveryRecordRule(@ForAll SampleDataset dataset) {
    int casussen = 0;
    for (SampleRecord record : dataset) {
      assertEquals(List.of(), VALIDATOR.validate(record.value()).violations(), record::toString);
      casussen += record.kind() == SampleRecord.Kind.CASUS ? 1 : 0;
    }
    assertEquals(dataset.options().aantalCasussen(), casussen);
  }

  @Property(tries = 30)
  void aGeneratedDatasetIsConnected(@ForAll SampleDataset dataset) {
    Set<String> partners = new HashSet<>();
    Map<String, Casus> casussen = new HashMap<>();
    Map<Bsn, String> kinderen = new HashMap<>();
    Map<Bsn, List<Signaal>> signalen = new HashMap<>();
    for (SampleRecord record : dataset) {
      if (record.value() instanceof Partner partner) {
        assertTrue(partners.add(partner.naam()), "a partner once");
      } else if (record.value() instanceof Casus casus) {
        assertEquals(null, casussen.put(casus.kenmerk(), casus), "a kenmerk once");
        casus.aanmelder().organisatie().ifPresent(naam -> assertTrue(partners.contains(naam)));
        casus.behandelaar().ifPresent(naam -> assertTrue(partners.contains(naam)));
        casus.kind().persoonsgegevens().flatMap(Persoonsgegevens::bsn)
            .ifPresent(bsn -> assertEquals(null, kinderen.put(bsn, casus.kenmerk()), "a BSN belongs to one child"));
      } else if (record.value() instanceof Signaal signaal) {
        assertTrue(kinderen.containsKey(signaal.bsn()), "a signal of a generated child");
        assertTrue(partners.contains(signaal.organisatie()));
        signalen.computeIfAbsent(signaal.bsn(), bsn -> new java.util.ArrayList<>()).add(signaal);
      } else if (record.value() instanceof Casusoverleg overleg) {
        for (String kenmerk : overleg.casussen()) {
          assertTrue(casussen.containsKey(kenmerk), "the meeting's case comes before it");
          assertTrue(casussen.get(kenmerk).behandelaar().isEmpty(), "no advice while treated elsewhere");
        }
        overleg.afsprakenlijst().forEach(afspraak -> assertTrue(casussen.containsKey(afspraak.casus())));
      } else if (record.value() instanceof Gezinsplan plan) {
        plan.casussen().forEach(kenmerk -> assertFalse(casussen.get(kenmerk).isAnoniem(), "a family plan needs consent"));
      }
    }
    for (Casus casus : casussen.values()) {
      casus.kind().persoonsgegevens().flatMap(Persoonsgegevens::bsn).filter(bsn -> casus.inVerwijsindexGemeld()).ifPresent(bsn ->
          assertTrue(signalen.get(bsn).stream().anyMatch(signaal -> Verwijsindex.isActief(signaal, casus.datumInvulling()))));
    }
  }

  @Provide
  Arbitrary<SampleDataset> grootDataset() {
    return Arbitraries.longs().map(seed -> SampleDataset.of(SampleOptions.builder().seed(seed).aantalCasussen(1000).build()));
  }

  @Property(tries = 8)
  void theDocumentedProportionsHoldAndEveryRoutingLevelIsReached(@ForAll("grootDataset") SampleDataset dataset) {
    RoutingRules regels = RoutingRules.bergen2012();
    Set<Niveau> niveaus = EnumSet.noneOf(Niveau.class);
    int aantal = 0;
    int besproken = 0;
    int elders = 0;
    int onveilig = 0;
    int zonderSamenwerking = 0;
    for (SampleRecord record : dataset) {
      if (record.value() instanceof Casus casus) {
        aantal++;
        besproken += casus.datumOverleg().isPresent() ? 1 : 0;
        elders += casus.behandelaar().isPresent() ? 1 : 0;
        onveilig += casus.veiligheidssignalen().contains(Veiligheidssignaal.ACUTE_ONVEILIGHEID)
            || casus.veiligheidssignalen().contains(Veiligheidssignaal.STRUCTURELE_ONVEILIGHEID) ? 1 : 0;
        zonderSamenwerking += casus.samenwerkingMetOudersMogelijk().orElse(true) ? 0 : 1;
        Situatie situatie = Situatie.builder(casus).leeftijd(casus.leeftijdenKind().orElseThrow().van()).build();
        niveaus.add(Router.route(situatie, dataset.options().netwerk(), regels).niveau());
      }
    }
    SampleOptions options = dataset.options();
    assertEquals(options.aandeelBesproken(), besproken / (double) aantal, 0.06);
    assertEquals(options.aandeelInBehandelingElders(), elders / (double) aantal, 0.04);
    assertEquals(options.aandeelOnveilig(), onveilig / (double) aantal, 0.03);
    assertEquals(options.aandeelSamenwerkingOnmogelijk(), zonderSamenwerking / (double) aantal, 0.04);
    assertEquals(EnumSet.allOf(Niveau.class), niveaus);
  }

  @Property(tries = 200)
  void anArbitraryRoutingRuleFormsARuleSetOnItsOwn(@ForAll RoutingRule rule) {
    RoutingRules regels = RoutingRules.of("test", List.of(rule));
    assertEquals(List.of(rule), regels.rules());
  }
}
