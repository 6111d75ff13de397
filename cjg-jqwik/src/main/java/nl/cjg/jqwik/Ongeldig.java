package nl.cjg.jqwik;

import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.aanbod.Kengetal;
import nl.cjg.core.aanbod.Uitsplitsing;
import nl.cjg.core.casus.Afspraak;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Gezinsplan;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.casus.Leefgebied;
import nl.cjg.core.casus.Persoonsgegevens;
import nl.cjg.core.casus.Toestemming.Toestemmingsleeftijd;
import nl.cjg.core.casus.Toestemming;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.overleg.Voorzitter;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Doelgroep;
import nl.cjg.core.populatie.Doelgroepsoort;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijd;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Populatie;
import nl.cjg.core.routing.Ernst;
import nl.cjg.core.routing.Veiligheidssignaal;
import nl.cjg.core.tijd.Periode;
import nl.cjg.core.tijd.Tijdvak;
import nl.cjg.core.verwijsindex.Signaal;
import nl.cjg.core.werkplan.Actie;
import nl.cjg.core.werkplan.Communicatieplan;
import nl.cjg.core.werkplan.Communicatiestap;
import nl.cjg.core.werkplan.Evaluatie;
import nl.cjg.core.werkplan.Fase;
import nl.cjg.core.werkplan.GoNoGo;
import nl.cjg.core.werkplan.PlanVanAanpak;
import nl.cjg.core.werkplan.Werkplan;
import nl.cjg.core.werkplan.WerkplanItem;

/**
 * Values that break exactly one business rule, by rule id: a valid value with one change. A
 * kenmerk of the form {@code ANDER-n} is never one of the {@code CJG-n} kenmerken the valid
 * arbitraries make. Stateless.
 */
final class Ongeldig {
  private static final Map<String, Supplier<Arbitrary<?>>> PER_REGEL = regels();

  private Ongeldig() {}

  /** The rule ids that have a variant, in the order of {@code docs/validation-rules.md}. */
  static Set<String> regelIds() {
    return PER_REGEL.keySet();
  }

  static Arbitrary<?> voor(String ruleId) {
    Supplier<Arbitrary<?>> variant = PER_REGEL.get(ruleId);
    if (variant == null) {
      throw new IllegalArgumentException("no invalid variant for rule " + ruleId + "; known: " + PER_REGEL.keySet());
    }
    return variant.get();
  }

  private static Map<String, Supplier<Arbitrary<?>>> regels() {
    Map<String, Supplier<Arbitrary<?>>> regels = new LinkedHashMap<>();
    regels.put("BSN-001", () -> Combinators.combine(Signalen.signaal(), Identificatie.bsnZonderElfproef())
        .as((signaal, bsn) -> Signaal.builder().from(signaal).bsn(bsn).build()));
    regels.put("POPULATIE-001", Ongeldig::bandBovenTotaal);
    regels.put("POPULATIE-002", Ongeldig::kernElders);
    regels.put("POPULATIE-003", () -> Combinators.combine(Bevolking.doelgroep(), Arbitraries.integers().between(0, 23), Arbitraries.integers().between(25, 40))
        .as((doelgroep, van, tot) -> Doelgroep.builder().from(doelgroep).leeftijdsgroep(Leeftijdsgroep.of(van, tot)).build()));
    OngeldigeVoorzieningen.voegToe(regels);
    regels.put("PARTNER-001", () -> Netwerken.partner().map(p -> Partner.builder().from(p).leeftijdsgroepen(List.of()).build()));
    regels.put("PARTNER-002", () -> Netwerken.partner().map(p -> Partner.builder().from(p).kernen(Set.of()).build()));
    regels.put("PARTNER-003", () -> Netwerken.partner().map(p -> Partner.builder().from(p).disciplines(Set.of()).build()));
    regels.put("PARTNER-004", () -> Netwerken.partner().map(p -> Partner.builder().from(p).website(URI.create("ftp://cjg.example/")).build()));
    regels.put("PARTNER-005", Ongeldig::netwerkMetHiaat);
    regels.put("PARTNER-006", () -> Combinators.combine(Netwerken.netwerk(), Basis.naam())
        .as((netwerk, naam) -> Netwerk.builder().from(netwerk).addSamenwerkingsafspraken(Netwerk.Samenwerkingsafspraak.builder()
            .wat("samenwerking").wie("stuurgroep").sinds(Periode.jaar(2010)).bron("test")
            .addPartners(netwerk.partners().get(0).naam(), "ANDER-" + naam).build()).build()));
    regels.put("PARTNER-007", () -> Netwerken.netwerk()
        .map(netwerk -> Netwerk.builder().from(netwerk).addSamenwerkingsafspraken(Netwerk.Samenwerkingsafspraak.builder()
            .wat("samenwerking").wie("stuurgroep").sinds(Periode.jaar(2010)).bron("test")
            .addPartners(netwerk.partners().get(0).naam()).build()).build()));
    regels.put("AANBOD-001", () -> Aanbiedingen.aanbod().map(a -> Aanbod.builder().from(a).voor(Set.of()).build()));
    regels.put("AANBOD-002", () -> Aanbiedingen.aanbod()
        .map(a -> Aanbod.builder().from(a).voor(Set.of(Doelgroepsoort.JEUGDIGEN)).leeftijdsgroep(Optional.empty()).build()));
    regels.put("AANBOD-003", () -> Combinators.combine(Aanbiedingen.kengetal(), Arbitraries.integers().between(0, 1_000), Arbitraries.integers().between(1, 100))
        .as((kengetal, grootte, teveel) -> Kengetal.builder().from(kengetal)
            .doelgroepgrootte(grootte)
            .deelnemers(grootte + teveel)
            .opgekomen(Optional.empty()).build()));
    regels.put("AANBOD-004", () -> Combinators.combine(Aanbiedingen.uitsplitsing(), Arbitraries.integers().between(1, 100))
        .as((u, verschil) -> Uitsplitsing.builder().from(u).overlappend(false).totaal((int) u.som() + verschil).build()));
    regels.put("AANBOD-005", () -> Combinators.combine(Aanbiedingen.uitsplitsing(), Basis.naam(), Arbitraries.integers().between(1, 100))
        .as((u, categorie, teveel) -> {
          Map<String, Integer> aantallen = new LinkedHashMap<>(u.aantallen());
          aantallen.put("extra " + categorie, teveel);
          int grootste = aantallen.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
          return Uitsplitsing.builder().from(u).aantallen(aantallen).overlappend(true).totaal(grootste - 1).build();
        }));
    regels.put("AANBOD-006", () -> Combinators.combine(Aanbiedingen.kengetal(), Arbitraries.integers().between(1, 5_000))
        .as((k, deelnemers) -> Kengetal.builder().from(k).deelnemers(deelnemers).doelgroepgrootte(Optional.empty()).opgekomen(Optional.empty())
            .percentages(List.of(Kengetal.Percentage.of("alle deelnemers", Kengetal.Percentage.Soort.AANDEEL, "100"),
                Kengetal.Percentage.of("nogmaals alle deelnemers", Kengetal.Percentage.Soort.AANDEEL, "100")))
            .build()));
    regels.put("AANBOD-007", () -> Combinators.combine(Aanbiedingen.kengetal(), Arbitraries.integers().between(1, 5_000))
        .as((k, norm) -> Kengetal.builder().from(k).contacten(2 * norm).norm(norm)
            .percentages(List.of(Kengetal.Percentage.of("uitgevoerd t.o.v. norm", Kengetal.Percentage.Soort.UITVOERING_TOV_NORM, "100")))
            .build()));
    regels.put("CASUS-001", () -> Combinators.combine(new CasusArbitrary().anoniem(), Arbitraries.integers().between(21, 40))
        .as((casus, van) -> metKind(casus, Kind.builder().from(casus.kind()).leeftijdsgroep(Leeftijdsgroep.of(van, van + 4)).build())));
    regels.put("CASUS-002", () -> new CasusArbitrary().anoniem()
        .map(casus -> metKind(casus, Kind.builder().from(casus.kind()).leeftijdsgroep(Optional.empty()).leeftijd(Optional.empty()).build())));
    regels.put("CASUS-003", () -> new CasusArbitrary().metToestemming().map(casus -> {
      int leeftijd = casus.leeftijdenKind().orElseThrow().van();
      Persoonsgegevens zonderGeboortedatum =
          Persoonsgegevens.builder().from(casus.kind().persoonsgegevens().orElseThrow()).geboortedatum(Optional.empty()).build();
      Kind kind = Kind.builder().from(casus.kind()).persoonsgegevens(zonderGeboortedatum).leeftijd(leeftijd).build();
      return Casus.builder().from(metKind(casus, kind)).inVerwijsindexGemeld(true).build();
    }));
    regels.put("CASUS-004", () -> Combinators.combine(new CasusArbitrary(), Arbitraries.integers().between(1, 365))
        .as((casus, dagen) -> Casus.builder().from(casus).datumOverleg(casus.datumInvulling().minusDays(dagen)).build()));
    regels.put("CASUS-005", () -> Combinators.combine(new CasusArbitrary(), Casussen.persoonlijkKenmerk())
        .as((casus, kenmerk) -> Casus.builder().from(casus).kenmerk(kenmerk).build()));
    regels.put("CASUS-010", () -> Combinators.combine(new CasusArbitrary(), Arbitraries.of(Leefgebied.class), Arbitraries.of(Ernst.ZORG, Ernst.ERNSTIG))
        .as((casus, leefgebied, ernst) -> {
          Map<Leefgebied, String> schets = new EnumMap<>(Leefgebied.class);
          schets.putAll(casus.schets());
          schets.remove(leefgebied);
          Map<Leefgebied, Ernst> zorgen = new EnumMap<>(Leefgebied.class);
          zorgen.putAll(casus.zorgen());
          zorgen.put(leefgebied, ernst);
          return Casus.builder().from(casus).schets(schets).zorgen(zorgen).build();
        }));
    regels.put("CASUS-011", () -> Combinators.combine(new CasusArbitrary(), Arbitraries.of(Veiligheidssignaal.class).set().ofMinSize(1).ofMaxSize(3))
        .as((casus, signalen) -> {
          Map<Leefgebied, Ernst> zorgen = new EnumMap<>(Leefgebied.class);
          casus.zorgen().forEach((leefgebied, ernst) -> zorgen.put(leefgebied, ernst.compareTo(Ernst.VRAAG) > 0 ? Ernst.VRAAG : ernst));
          return Casus.builder().from(casus).zorgen(zorgen).veiligheidssignalen(signalen).build();
        }));
    regels.put("CASUS-012", () -> Combinators.combine(new CasusArbitrary(), Arbitraries.of("", " ", "\t"))
        .as((casus, leeg) -> Casus.builder().from(casus).behandelaar(leeg).build()));
    regels.put("TOESTEMMING-001", () -> new CasusArbitrary().metToestemming().map(casus -> {
      int leeftijd = casus.leeftijdenKind().orElseThrow().van();
      var vereist = Toestemmingsleeftijd.vereistVoor(Leeftijdsgroep.of(leeftijd, leeftijd + 1));
      return Casus.builder().from(casus)
          .toestemming(Toestemming.builder().from(casus.toestemming()).gegevenDoor(Casussen.anderen(vereist)).build()).build();
    }));
    regels.put("TOESTEMMING-002", () -> Combinators.combine(new CasusArbitrary().anoniem(), Arbitraries.of("", " "))
        .as((casus, leeg) -> Casus.builder().from(casus)
            .toestemming(Toestemming.builder().from(casus.toestemming()).redenAnoniem(leeg.isEmpty() ? Optional.empty() : Optional.of(leeg)).build()).build()));
    regels.put("GEZINSPLAN-001", () -> Casussen.gezinsplan().map(plan -> Gezinsplan.builder().from(plan).oudersBetrokken(false).build()));
    regels.put("GEZINSPLAN-002", () -> Combinators.combine(Casussen.gezinsplan(), Casussen.afspraak())
        .as((plan, afspraak) -> Gezinsplan.builder().from(plan).afspraken(plus(plan.afspraken(), anderKenmerk(afspraak))).build()));
    regels.put("GEZINSPLAN-003", () -> Casussen.gezinsplan()
        .map(plan -> Gezinsplan.builder().from(plan).addEscalaties(Gezinsplan.Escalatie.builder().datum(plan.datumOpgesteld())
            .reden(Gezinsplan.Escalatie.Reden.SAMENWERKING_ONVOLDOENDE).trede(Gezinsplan.Escalatie.Trede.PROCESREGISSEUR).build()).build()));
    regels.put("GEZINSPLAN-004", () -> Casussen.gezinsplan()
        .map(plan -> Gezinsplan.builder().from(plan).addEscalaties(Gezinsplan.Escalatie.builder().datum(plan.datumOpgesteld())
            .reden(Gezinsplan.Escalatie.Reden.HULPVERLENING_STAGNEERT).trede(Gezinsplan.Escalatie.Trede.DOORZETTINGSMACHT_WETHOUDER)
            .addHerstelpogingen("overleg met alle betrokkenen").build()).build()));
    regels.put("ANONIEM-001", () -> Combinators.combine(new CasusArbitrary().anoniem(), Basis.naam())
        .as((casus, school) -> metKind(casus, Kind.builder().from(casus.kind()).school(school).build())));
    regels.put("ANONIEM-002", () -> new CasusArbitrary().anoniem()
        .map(casus -> metKind(casus, Kind.builder().from(casus.kind()).leeftijdsgroep(Optional.empty())
            .leeftijd(casus.leeftijdenKind().orElseThrow().van()).build())));
    regels.put("ANONIEM-003", () -> Combinators.combine(new CasusArbitrary().anoniem(), Arbitraries.of(BergenKernen.BERGEN_AAN_ZEE, BergenKernen.GROET_CAMPERDUIN))
        .as((casus, kern) -> metKind(casus, Kind.builder().from(casus.kind()).kern(kern).build())));
    regels.put("OVERLEG-001", () -> Combinators.combine(Overleggen.casusoverleg(), Arbitraries.of(Voorzitter.Rol.TEAMLID, Voorzitter.Rol.PARTNER, Voorzitter.Rol.ZORGCOORDINATOR))
        .as((overleg, rol) -> Casusoverleg.builder().from(overleg).voorzitter(Voorzitter.of(overleg.voorzitter().naam(), rol)).build()));
    regels.put("OVERLEG-002", () -> Combinators.combine(Overleggen.casusoverleg(), Arbitraries.of(false, true))
        .as((overleg, aanwezig) -> {
          Map<String, Boolean> ouders = new HashMap<>(overleg.oudersAanwezig());
          ouders.put("ANDER-1", aanwezig);
          return Casusoverleg.builder().from(overleg).oudersAanwezig(ouders).build();
        }));
    regels.put("AFSPRAAK-001", () -> Combinators.combine(Overleggen.casusoverleg(), Casussen.afspraak(), Arbitraries.integers().between(1, 365))
        .as((overleg, afspraak, dagen) -> {
          Set<String> agenda = new LinkedHashSet<>(overleg.casussen());
          agenda.add("CJG-0");
          Afspraak teLaat = Afspraak.builder().from(afspraak).casus("CJG-0").uiterlijk(overleg.datum().minusDays(dagen)).build();
          return Casusoverleg.builder().from(overleg).casussen(agenda).afsprakenlijst(plus(overleg.afsprakenlijst(), teLaat)).build();
        }));
    regels.put("SIGNAAL-001", () -> Combinators.combine(Signalen.signaal(), Arbitraries.integers().between(0, 3_650))
        .as((signaal, dagen) -> Signaal.builder().from(signaal)
            .datumIntrekking(Optional.empty())
            .datumRegistratie(Leeftijd.verjaardag(signaal.geboortedatum(), 23).plusDays(dagen)).build()));
    regels.put("WERKPLAN-001", () -> Combinators.combine(Plannen.werkplan(), Arbitraries.integers().between(1, 365), Basis.tekst())
        .as((plan, dagen, tekst) -> Werkplan.builder().from(plan).evaluaties(
            plus(plan.evaluaties(), Evaluatie.builder().datum(plan.jaar().atDay(1).minusDays(dagen)).tekst(tekst).build())).build()));
    regels.put("WERKPLAN-002", () -> Combinators.combine(Plannen.werkplan(), Arbitraries.integers().between(-365, 365), Basis.tekst())
        .as((plan, dagen, tekst) -> {
          Year jaar = plan.jaar();
          LocalDate buiten = dagen <= 0 ? jaar.atDay(1).plusDays(dagen) : jaar.plusYears(1).atDay(1).plusDays(dagen);
          WerkplanItem item = WerkplanItem.builder().nummer(plan.items().size() + 1).onderwerp(tekst).doel(tekst).resultaat(tekst)
              .werkwijze(tekst).gerealiseerdVoor(buiten).build();
          return Werkplan.builder().from(plan).items(plus(plan.items(), item)).build();
        }));
    regels.put("PLANVANAANPAK-001", () -> Combinators.combine(Arbitraries.integers().between(2008, 2024), Arbitraries.integers().between(3, 6), Basis.tekst())
        .flatAs((jaar, later, tekst) -> Plannen.actieIn(jaar + later).map(actie -> PlanVanAanpak.builder()
            .titel(tekst)
            .looptijd(Periode.of(Tijdvak.jaar(jaar), Tijdvak.jaar(jaar + 2)))
            .addFasen(Fase.builder().stap(Fase.Stap.ORIENTATIEFASE).beoogdResultaat(tekst).addActies(actie).build())
            .build())));
    regels.put("PLANVANAANPAK-002", () -> Combinators.combine(Basis.dag(), Arbitraries.integers().between(0, 365), Basis.tekst())
        .as((noGo, dagen, tekst) -> PlanVanAanpak.builder()
            .titel(tekst)
            .addFasen(Fase.builder().stap(Fase.Stap.ORIENTATIEFASE).beoogdResultaat(tekst).goNoGo(GoNoGo.noGo(noGo)).build())
            .addFasen(Fase.builder().stap(Fase.Stap.ONTWIKKELFASE).beoogdResultaat(tekst).goNoGo(GoNoGo.go(noGo.plusDays(dagen))).build())
            .build()));
    regels.put("PLANVANAANPAK-003", () -> Combinators.combine(Basis.dag(), Arbitraries.integers().between(1, 365), Basis.tekst())
        .as((eerste, dagen, tekst) -> PlanVanAanpak.builder()
            .titel(tekst)
            .addFasen(Fase.builder().stap(Fase.Stap.ORIENTATIEFASE).beoogdResultaat(tekst).goNoGo(GoNoGo.go(eerste)).build())
            .addFasen(Fase.builder().stap(Fase.Stap.ONTWIKKELFASE).beoogdResultaat(tekst).goNoGo(GoNoGo.go(eerste.minusDays(dagen))).build())
            .build()));
    regels.put("PLANVANAANPAK-004", () -> Combinators.combine(Plannen.actie(), Basis.naam(), Arbitraries.integers().between(1, 365))
        .as((actie, orgaan, dagen) -> Actie.builder().from(actie).besluitmomenten(
            List.of(Actie.Besluitmoment.of(orgaan, actie.wanneer().eind().orElseThrow().plusDays(dagen)))).build()));
    regels.put("COMMUNICATIEPLAN-001", () -> Plannen.communicatieplan().flatMap(plan -> {
      int jaar = plan.jaar().getValue();
      return Combinators.combine(Plannen.metingIn(jaar + 1), Plannen.metingIn(jaar))
          .as((nul, een) -> Communicatieplan.builder().from(plan).nulmeting(nul).eenmeting(een).build());
    }));
    regels.put("COMMUNICATIEPLAN-002", () -> Combinators.combine(Plannen.communicatieplan(), Arbitraries.integers().between(1, 5))
        .flatAs((plan, verder) -> Plannen.communicatiestap(plan.keuzes().size() + verder)
            .map(stap -> Communicatieplan.builder().from(plan).stappen(plus(plan.stappen(), stap)).build())));
    regels.put("COMMUNICATIEPLAN-003", () -> Combinators.combine(Arbitraries.integers().between(1, 10), Plannen.communicatiedoel().list().ofMaxSize(2))
        .as((nummer, doelen) -> Communicatiestap.builder().nummer(nummer).doelen(doelen).build()));
    regels.putAll(Datasetvarianten.perRegel());
    return Collections.unmodifiableMap(regels);
  }

  private static Arbitrary<Populatie> bandBovenTotaal() {
    return Combinators.combine(Bevolking.kern(), Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(1, 100), Bevolking.leeftijdsgroep(), Basis.dag())
        .as((kern, totaal, teveel, band, peildatum) -> Populatie.builder()
            .gemeente(GemeenteCode.BERGEN_NH)
            .peildatum(peildatum)
            .bron("CBS")
            .addTellingen(Populatie.Telling.inwoners(kern, totaal), Populatie.Telling.of(kern, band, totaal + teveel))
            .build());
  }

  private static Arbitrary<Populatie> kernElders() {
    Arbitrary<GemeenteCode> elders = Identificatie.gemeenteCode().filter(code -> !code.equals(GemeenteCode.BERGEN_NH));
    return Combinators.combine(elders, Basis.naam(), Arbitraries.integers().between(0, 10_000), Basis.dag())
        .as((gemeente, naam, aantal, peildatum) -> Populatie.builder()
            .gemeente(GemeenteCode.BERGEN_NH)
            .peildatum(peildatum)
            .bron("CBS")
            .addTellingen(Populatie.Telling.inwoners(Kern.builder().naam(naam).gemeente(gemeente).build(), aantal))
            .build());
  }

  private static Arbitrary<Netwerk> netwerkMetHiaat() {
    return Combinators.combine(Netwerken.partner().list().ofMinSize(1).ofMaxSize(3), Arbitraries.integers().between(1, 23))
        .as((partners, tot) -> {
          List<Partner> jong = new ArrayList<>();
          for (Partner partner : partners) {
            jong.add(Partner.builder().from(partner)
                .naam(partner.naam() + " " + (jong.size() + 1))
                .leeftijdsgroepen(List.of(Leeftijdsgroep.of(0, tot)))
                .kernen(BergenKernen.all()).build());
          }
          return Netwerk.builder().partners(jong).build();
        });
  }

  private static Casus metKind(Casus casus, Kind kind) {
    return Casus.builder().from(casus).kind(kind).build();
  }

  private static Afspraak anderKenmerk(Afspraak afspraak) {
    return Afspraak.builder().from(afspraak).casus("ANDER-" + afspraak.casus()).build();
  }

  private static <T> List<T> plus(List<T> lijst, T extra) {
    List<T> meer = new ArrayList<>(lijst);
    meer.add(extra);
    return meer;
  }
}
