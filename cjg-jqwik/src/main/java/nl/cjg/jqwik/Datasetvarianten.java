package nl.cjg.jqwik;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.casus.Aanmelder;
import nl.cjg.core.casus.Afspraak;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.casus.Gezinsplan;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.casus.Persoonsgegevens;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.casus.Statusgeschiedenis;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.overleg.Voorzitter;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.referentie.BergenReferentie;
import nl.cjg.core.verwijsindex.Signaal;

/**
 * Small connected datasets that break exactly one dataset rule ({@code DATASET-nnn}): a valid
 * dataset — the Bergen partners, cases with and without consent, one meeting per case, a family
 * plan for a case with consent, every agreement done — with one change. Checked with the
 * reference date {@link CjgArbitraries#DATASET_PEILDATUM}. Stateless.
 */
final class Datasetvarianten {
  private static final List<Partner> PARTNERS = BergenReferentie.netwerk().partners();
  private static final String WERING = "Stichting de Wering";

  private Datasetvarianten() {}

  /** The variants per rule id, in the order of the rule catalogue. */
  static Map<String, Supplier<Arbitrary<?>>> perRegel() {
    Map<String, Supplier<Arbitrary<?>>> regels = new LinkedHashMap<>();
    regels.put("DATASET-001", () -> geldig().map(records -> {
      Casusoverleg eerste = eerste(records, Casusoverleg.class);
      records.add(overleg(eerste.datum().plusDays(1), "ANDER-1"));
      return records;
    }));
    regels.put("DATASET-002", () -> Combinators.combine(geldig(), Aanbiedingen.aanbod()).as((records, aanbod) -> {
      records.add(Aanbod.builder().from(aanbod).partner("Onbekende organisatie").build());
      return records;
    }));
    regels.put("DATASET-003", () -> geldig().map(records -> {
      records.add(eerste(records, Casus.class));
      return records;
    }));
    regels.put("DATASET-004", () -> geldig().map(records -> {
      records.add(eerste(records, Partner.class));
      return records;
    }));
    regels.put("DATASET-005", () -> geldig().map(records -> {
      Casus anoniem = records.stream().filter(Casus.class::isInstance).map(Casus.class::cast)
          .filter(Casus::isAnoniem).findFirst().orElseThrow();
      records.add(gezinsplan(anoniem));
      return records;
    }));
    regels.put("DATASET-006", () -> geldig().map(records -> {
      Casusoverleg eerste = eerste(records, Casusoverleg.class);
      records.add(overleg(eerste.datum(), eerste.casussen().iterator().next()));
      return records;
    }));
    regels.put("DATASET-007", () -> geldig().map(records -> {
      int plaats = records.indexOf(eerste(records, Casus.class));
      Casus casus = (Casus) records.get(plaats);
      records.set(plaats, Casus.builder().from(casus).datumOverleg(Optional.empty())
          .statusgeschiedenis(Statusgeschiedenis.aangemeld(casus.datumInvulling()).met(Casusstatus.DOORVERWEZEN, casus.datumInvulling()))
          .build());
      return records;
    }));
    regels.put("DATASET-008", () -> Combinators.combine(geldig(), Identificatie.bsn(), Identificatie.bsn()).as((records, bsn, ander) -> {
      int plaats = records.indexOf(records.stream().filter(r -> r instanceof Casus c && !c.isAnoniem()).findFirst().orElseThrow());
      Casus casus = (Casus) records.get(plaats);
      Persoonsgegevens gegevens = Persoonsgegevens.builder().from(casus.kind().persoonsgegevens().orElseThrow()).bsn(bsn).build();
      records.set(plaats, Casus.builder().from(casus).kind(Kind.builder().from(casus.kind()).persoonsgegevens(gegevens).build())
          .inVerwijsindexGemeld(true).build());
      if (!ander.equals(bsn)) {
        records.add(Signaal.builder().bsn(ander).organisatie(WERING).datumRegistratie(casus.datumInvulling())
            .geboortedatum(casus.datumInvulling().minusYears(10)).build());
      } else {
        records.add(Signaal.builder().bsn(bsn).organisatie(WERING).datumRegistratie(casus.datumInvulling().plusDays(1))
            .geboortedatum(casus.datumInvulling().minusYears(10)).build());
      }
      return records;
    }));
    regels.put("DATASET-009", () -> Combinators.combine(geldig(), Arbitraries.integers().between(1, 3650)).as((records, dagen) -> {
      int plaats = records.indexOf(eerste(records, Gezinsplan.class));
      Gezinsplan plan = (Gezinsplan) records.get(plaats);
      String kenmerk = plan.casussen().iterator().next();
      records.set(plaats, Gezinsplan.builder().from(plan)
          .addAfspraken(afspraak(kenmerk, CjgArbitraries.DATASET_PEILDATUM.minusDays(dagen), Afspraak.Status.OPEN)).build());
      return records;
    }));
    return regels;
  }

  /**
   * Valid connected datasets: the Bergen partners, one to four cases with consent and one to four
   * anonymous (kenmerken {@code CJG-2012-n}), each discussed at one meeting of its own, and a
   * family plan for the first case with consent.
   */
  static Arbitrary<List<Object>> geldig() {
    Arbitrary<List<Casus>> metToestemming = new CasusArbitrary().metToestemming().list().ofMinSize(1).ofMaxSize(4);
    Arbitrary<List<Casus>> anoniem = new CasusArbitrary().anoniem().list().ofMinSize(1).ofMaxSize(4);
    return Combinators.combine(metToestemming, anoniem).as((met, zonder) -> {
      List<Object> records = new ArrayList<>(PARTNERS);
      List<Casus> casussen = new ArrayList<>(met);
      casussen.addAll(zonder);
      for (int i = 0; i < casussen.size(); i++) {
        Casus casus = verbonden(casussen.get(i), "CJG-2012-" + (i + 1));
        records.add(casus);
        records.add(overleg(casus.datumInvulling().plusDays(7 + i), casus.kenmerk()));
      }
      records.add(gezinsplan((Casus) records.get(PARTNERS.size())));
      return records;
    });
  }

  /** The case with its kenmerk, referred by a partner of the network, not in the Verwijsindex. */
  private static Casus verbonden(Casus casus, String kenmerk) {
    return Casus.builder().from(casus)
        .kenmerk(kenmerk)
        .aanmelder(Aanmelder.builder().from(casus.aanmelder()).organisatie(WERING).build())
        .zorgcoordinator(Optional.empty())
        .inVerwijsindexGemeld(false)
        .build();
  }

  private static Casusoverleg overleg(LocalDate datum, String kenmerk) {
    return Casusoverleg.builder()
        .datum(datum)
        .voorzitter(Voorzitter.of("coördinator CJG", Voorzitter.Rol.PROCESREGISSEUR))
        .addVastTeam(Professional.ofOrganisatie(WERING), Professional.ofOrganisatie("Bureau Jeugdzorg Noord-Holland"))
        .addCasussen(kenmerk)
        .addAfsprakenlijst(afspraak(kenmerk, datum.plusWeeks(3), Afspraak.Status.UITGEVOERD))
        .build();
  }

  private static Gezinsplan gezinsplan(Casus casus) {
    return Gezinsplan.builder()
        .addCasussen(casus.kenmerk())
        .datumOpgesteld(casus.datumInvulling())
        .zorgcoordinator(Professional.ofOrganisatie("GGD Hollands Noorden"))
        .oudersBetrokken(true)
        .addAfspraken(afspraak(casus.kenmerk(), casus.datumInvulling().plusWeeks(6), Afspraak.Status.UITGEVOERD))
        .build();
  }

  private static Afspraak afspraak(String kenmerk, LocalDate uiterlijk, Afspraak.Status status) {
    return Afspraak.builder().wie(Professional.ofOrganisatie(WERING)).wat("een gesprek met de ouders plannen")
        .uiterlijk(uiterlijk).casus(kenmerk).status(status).build();
  }

  private static <T> T eerste(List<Object> records, Class<T> type) {
    return records.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
  }
}
