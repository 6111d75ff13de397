package nl.cjg.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.casus.Aanmelder;
import nl.cjg.core.casus.Afspraak;
import nl.cjg.core.casus.BetrokkenInstantie;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.casus.Gezinsplan;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.casus.Persoonsgegevens;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.casus.Statusgeschiedenis;
import nl.cjg.core.casus.Toestemming;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.id.Pseudoniem;
import nl.cjg.core.overleg.Aanvraag;
import nl.cjg.core.overleg.Agenda;
import nl.cjg.core.overleg.Agendaplanner;
import nl.cjg.core.overleg.Agendaplanning;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.overleg.Planningsregels;
import nl.cjg.core.overleg.Voorzitter;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.partner.Rol;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Doelgroep;
import nl.cjg.core.populatie.Doelgroepsoort;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Leeftijdsindelingen;
import nl.cjg.core.populatie.Populatie;
import nl.cjg.core.stats.operational.OperationalFigures;
import nl.cjg.core.testkit.Bespreekformulieren;
import nl.cjg.core.tijd.Periode;
import nl.cjg.core.tijd.Tijdvak;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.core.verwijsindex.Signaal;
import nl.cjg.core.werkplan.Werkplan;
import org.junit.jupiter.api.Test;

/**
 * The research export of a case after the bespreekformulier of the 2012 pilot (Werkplan CJG Bergen 2012, uitwerking 2, bespreekformulier; uitwerking 2, evaluatie van de pilot):
 * a nine-year-old from Bergen, discussed with the parents' consent and registered in the
 * Verwijsindex. Names are invented; the BSN is from the test range.
 */
class OnderzoeksexportTest {
  private static final CjgValidator VALIDATOR = CjgValidator.create();
  private static final Pseudonimisering PSEUDONIMISERING =
      Pseudonimisering.of(PseudonimiseringTest.KEY, PseudonimiseringTest.DOEL);
  private static final Onderzoeksexport EXPORT = Onderzoeksexport.of(PSEUDONIMISERING);
  private static final LocalDate INVULLING = LocalDate.of(2012, 5, 7);
  private static final Bsn BSN = Bsn.parse("999990019");

  /** The shared complete case, with a named zorgcoördinator, a period in words and a status history. */
  static Casus.Builder metToestemming(LocalDate geboortedatum) {
    return Casus.builder()
        .from(Bespreekformulieren.metToestemming(geboortedatum).build())
        .zorgcoordinator(Professional.builder().naam("Joop Proefman").organisatie("Bureau Jeugdzorg Noord-Holland").build())
        .betrokkenInstanties(
            List.of(
                BetrokkenInstantie.builder()
                    .instantie("Schoolmaatschappelijk werk")
                    .periode(Periode.vanaf(Tijdvak.maand(YearMonth.of(2011, 9))))
                    .wanneer("sinds de scheiding")
                    .build()))
        .statusgeschiedenis(Statusgeschiedenis.aangemeld(INVULLING).met(Casusstatus.GEAGENDEERD, LocalDate.of(2012, 5, 9)));
  }

  @Test
  void replacesTheIdentityByAPseudonymAnAgeAndTheKern() {
    Casus bron = metToestemming(LocalDate.of(2003, 2, 14)).build();
    Casus uit = EXPORT.casus(bron);

    assertEquals(Optional.empty(), uit.kind().persoonsgegevens());
    assertEquals(Optional.of(PSEUDONIMISERING.van(BSN)), uit.kind().pseudoniem());
    assertEquals(Optional.of(9), uit.kind().leeftijd());
    assertEquals(Optional.of(BergenKernen.BERGEN), uit.kind().kern());
    assertEquals(Optional.of("Jeugdgezondheidszorg"), uit.kind().oorspronkelijkeAanmelder());
    for (Optional<String> weg :
        List.of(
            uit.kind().school(),
            uit.kind().groepOfKlas(),
            uit.kind().kinderdagverblijfOfPeuterspeelzaal(),
            uit.kind().schoolloopbaan(),
            uit.kind().etniciteit(),
            uit.doel(),
            uit.bijzonderheden(),
            uit.aanmelder().telefoonnummer(),
            uit.aanmelder().emailadres())) {
      assertEquals(Optional.empty(), weg);
    }
    assertTrue(uit.vragen().isEmpty() && uit.acties().isEmpty() && uit.schets().isEmpty());
  }

  @Test
  void pseudonymisesNamesAndTheKenmerkConsistently() {
    Casus uit = EXPORT.casus(metToestemming(LocalDate.of(2003, 2, 14)).build());
    assertEquals(PSEUDONIMISERING.vanKenmerk("CJG-2012-007").value(), uit.kenmerk());
    assertEquals(PSEUDONIMISERING.vanNaam("Ineke Testbeek").value(), uit.aanmelder().naam());
    assertEquals(Optional.of(PSEUDONIMISERING.vanNaam("Joop Proefman").value()), uit.zorgcoordinator().flatMap(Professional::naam));
    assertEquals(Optional.of("Bureau Jeugdzorg Noord-Holland"), uit.zorgcoordinator().flatMap(Professional::organisatie));
    assertEquals(Optional.of("Stichting Welzijn Bergen"), uit.aanmelder().organisatie());
    assertEquals(Optional.of("jongerenwerker"), uit.aanmelder().functie());
    assertEquals(Bespreekformulieren.aanmelder().werkdagen(), uit.aanmelder().werkdagen());
  }

  @Test
  void keepsDatesConsentStatusAndAgencies() {
    Casus bron = metToestemming(LocalDate.of(2003, 2, 14)).build();
    Casus uit = EXPORT.casus(bron);
    assertEquals(bron.datumInvulling(), uit.datumInvulling());
    assertEquals(bron.datumOverleg(), uit.datumOverleg());
    assertEquals(bron.toestemming(), uit.toestemming());
    assertEquals(bron.statusgeschiedenis(), uit.statusgeschiedenis());
    assertTrue(uit.inVerwijsindexGemeld());
    BetrokkenInstantie instantie = uit.betrokkenInstanties().get(0);
    assertEquals("Schoolmaatschappelijk werk", instantie.instantie());
    assertEquals(bron.betrokkenInstanties().get(0).periode(), instantie.periode());
    assertEquals(Optional.empty(), instantie.wanneer());
  }

  @Test
  void theExportIsValidAndCarriesNoIdentifyingData() {
    Casus bron = metToestemming(LocalDate.of(2003, 2, 14)).build();
    assertTrue(VALIDATOR.validate(bron).isValid());
    Casus uit = EXPORT.casus(bron);
    assertTrue(VALIDATOR.validate(uit).isValid(), () -> VALIDATOR.validate(uit).violations().toString());
    String text = uit.toString() + uit.kenmerk() + uit.aanmelder().naam();
    for (String secret : List.of("999990019", "Fenna", "Testhuizen", "Proefstraat", "1861", "2003-02-14", "14-2-2003", "Testbeek", "Proefman", "CJG-2012-007")) {
      assertFalse(text.contains(secret), secret);
    }
  }

  @Test
  void anAnonymousCaseStaysAnonymous() {
    Casus bron =
        Casus.builder()
            .kenmerk("CJG-2012-008")
            .datumInvulling(INVULLING)
            .aanmelder(Aanmelder.builder().naam("Ineke Testbeek").build())
            .kind(Kind.builder().leeftijdsgroep(Leeftijdsgroep.of(12, 16)).kern(BergenKernen.SCHOORL).build())
            .toestemming(Toestemming.builder().metToestemming(false).besprokenMetOuders(false).redenAnoniem("collegiale consultatie").build())
            .inVerwijsindexGemeld(true)
            .build();
    Casus uit = EXPORT.casus(bron);
    assertTrue(uit.isAnoniem());
    assertEquals(Optional.empty(), uit.kind().pseudoniem());
    assertEquals(Optional.of(Leeftijdsgroep.of(12, 16)), uit.kind().leeftijdsgroep());
    assertEquals(Optional.of("collegiale consultatie"), uit.toestemming().redenAnoniem());
    assertTrue(VALIDATOR.validate(uit).isValid());
  }

  @Test
  void withAgeBandsGivesTheBandOfTheAge() {
    Casus bron = metToestemming(LocalDate.of(2003, 2, 14)).build();
    Casus uit = EXPORT.inLeeftijdsgroepen(Leeftijdsindelingen.CJG_LEEFTIJDSGROEPEN).casus(bron);
    assertEquals(Optional.empty(), uit.kind().leeftijd());
    assertEquals(Optional.of(4), uit.kind().leeftijdsgroep().map(Leeftijdsgroep::van));
    assertEquals(Optional.of(12), uit.kind().leeftijdsgroep().map(Leeftijdsgroep::tot));
    assertEquals(bron.kind().kern(), uit.kind().kern());

    Casus anoniem = EXPORT.casus(bron);
    assertEquals(
        Optional.of(Leeftijdsgroep.of(4, 12).van()),
        EXPORT.inLeeftijdsgroepen(Leeftijdsindelingen.CJG_LEEFTIJDSGROEPEN).casus(anoniem).kind().leeftijdsgroep().map(Leeftijdsgroep::van));
  }

  @Test
  void anAgeOutsideTheBandsIsLeftOut() {
    Casus bron = metToestemming(LocalDate.of(1980, 1, 1)).build();
    Casus uit = EXPORT.inLeeftijdsgroepen(Leeftijdsindelingen.CJG_LEEFTIJDSGROEPEN).casus(bron);
    assertEquals(Optional.empty(), uit.kind().leeftijd());
    assertEquals(Optional.empty(), uit.kind().leeftijdsgroep());
  }

  @Test
  void aBirthDateAfterTheFormGivesNoAge() {
    Casus bron = metToestemming(INVULLING.plusDays(1)).build();
    assertEquals(Optional.empty(), bron.leeftijdenKind());
    Casus uit = EXPORT.casus(bron);
    assertEquals(Optional.empty(), uit.leeftijdenKind());
    // The source is refused for its impossible birth date; the export, which has no birth date, for its missing age.
    assertEquals(java.util.Set.of("CASUS-001"), VALIDATOR.validate(bron).ruleIds());
    assertEquals(java.util.Set.of("CASUS-002"), VALIDATOR.validate(uit).ruleIds());
  }

  @Test
  void anAgeBeyondAnyHumanAgeBecomesItsOneYearBand() {
    Casus bron = metToestemming(INVULLING.minusYears(Kind.MAX_LEEFTIJD + 40)).build();
    Casus uit = EXPORT.casus(bron);
    assertEquals(Optional.empty(), uit.kind().leeftijd());
    assertEquals(bron.leeftijdenKind(), uit.leeftijdenKind());
    assertEquals(Optional.of(Kind.MAX_LEEFTIJD + 40), uit.kind().leeftijdsgroep().map(Leeftijdsgroep::van));
  }

  @Test
  void anAgeOfExactlyTheMaximumStaysInYears() {
    Casus uit = EXPORT.casus(metToestemming(INVULLING.minusYears(Kind.MAX_LEEFTIJD)).build());
    assertEquals(Optional.of(Kind.MAX_LEEFTIJD), uit.kind().leeftijd());
  }

  @Test
  void aMeetingRefersToTheExportedCasesByPseudonymAndKeepsItsFigures() {
    Casus casus = metToestemming(LocalDate.of(2003, 2, 14)).build();
    Casusoverleg overleg = overleg(casus);

    Casusoverleg uit = EXPORT.casusoverleg(overleg);

    Casus casusUit = EXPORT.casus(casus);
    assertEquals(Set.of(casusUit.kenmerk()), uit.casussen());
    assertEquals(Map.of(casusUit.kenmerk(), true), uit.oudersAanwezig());
    assertEquals(casusUit.zorgcoordinator().orElseThrow().naam(), Optional.of(uit.voorzitter().naam()));
    assertEquals(Voorzitter.Rol.PROCESREGISSEUR, uit.voorzitter().rol());
    assertEquals(
        List.of(Professional.builder().naam(casusUit.aanmelder().naam()).organisatie("Stichting Welzijn Bergen").functie("jongerenwerker").build()),
        uit.vastTeam());
    Professional gast = uit.aanschuivendePartners().get("Bureau Jeugdzorg Noord-Holland").get(0);
    assertEquals(Optional.of(PSEUDONIMISERING.vanNaam("Kees Proefkamp").value()), gast.naam());
    assertEquals(Optional.of("gezinsvoogd"), gast.functie());
    assertEquals(overleg.datum(), uit.datum());
    assertEquals(overleg.geplandeMinuten(), uit.geplandeMinuten());
    assertEquals(overleg.bestedeMinuten(), uit.bestedeMinuten());
    assertTrue(uit.afsprakenlijst().isEmpty());
    assertEquals(VALIDATOR.validate(overleg).ruleIds(), VALIDATOR.validate(uit).ruleIds());
    assertEquals(OperationalFigures.bergen(INVULLING).add(overleg), OperationalFigures.bergen(INVULLING).add(uit));
    String everything = uit.toString() + uit.voorzitter().naam() + uit.vastTeam().get(0).naam() + gast.naam() + uit.casussen();
    for (String geheim : List.of("Joop Proefman", "Ineke Testbeek", "Kees Proefkamp", casus.kenmerk(), "gedrag thuis")) {
      assertFalse(everything.contains(geheim), geheim);
    }
  }

  @Test
  void aPlanningRefersToTheExportedCasesInPlanningOrder() {
    LocalDate maandag = LocalDate.of(2012, 5, 7);
    List<Aanvraag> aanvragen =
        List.of(
            aanvraag("CJG-2012-001", maandag, Aanvraag.Prioriteit.NORMAAL, false),
            aanvraag("CJG-2012-002", maandag, Aanvraag.Prioriteit.NORMAAL, false),
            aanvraag("CJG-2012-003", maandag, Aanvraag.Prioriteit.NORMAAL, false),
            aanvraag("CJG-2012-004", maandag, Aanvraag.Prioriteit.SPOED, false),
            aanvraag("CJG-2012-005", maandag, Aanvraag.Prioriteit.NORMAAL, true),
            aanvraag("CJG-2012-006", maandag.plusDays(21), Aanvraag.Prioriteit.NORMAAL, false));
    Agendaplanning bron =
        Agendaplanner.plan(List.of(maandag.plusDays(14), maandag.plusDays(21)), aanvragen, Planningsregels.standaard());

    assertTrue(bron.agendas().stream().allMatch(agenda -> agenda.punten().size() == 2), bron::toString);
    assertFalse(bron.doorverwezen().isEmpty() || bron.wachtend().isEmpty(), bron::toString);

    Agendaplanning uit = EXPORT.agendaplanning(bron);

    assertEquals(bron.agendas().size(), uit.agendas().size());
    for (int i = 0; i < bron.agendas().size(); i++) {
      Agenda agendaBron = bron.agendas().get(i);
      Agenda agendaUit = uit.agendas().get(i);
      assertEquals(agendaBron.datum(), agendaUit.datum());
      assertEquals(agendaBron.geplandeMinuten(), agendaUit.geplandeMinuten());
      assertEquals(pseudonymen(agendaBron.punten()), Set.copyOf(kenmerken(agendaUit.punten())));
      assertEquals(agendaUit.punten().stream().sorted(Aanvraag.volgorde()).toList(), agendaUit.punten());
      assertEquals(agendaBron.punten().get(0).prioriteit(), agendaUit.punten().get(0).prioriteit());
    }
    assertEquals(
        bron.doorverwezen().stream().map(d -> EXPORT.casus(metKenmerk(d.aanvraag().kenmerk())).kenmerk() + d.reden() + d.datum()).toList(),
        uit.doorverwezen().stream().map(d -> d.aanvraag().kenmerk() + d.reden() + d.datum()).toList());
    assertEquals(pseudonymen(bron.wachtend()), Set.copyOf(kenmerken(uit.wachtend())));
    assertEquals(uit.wachtend().stream().sorted(Aanvraag.volgorde()).toList(), uit.wachtend());
    assertEquals(OperationalFigures.bergen(maandag).add(bron), OperationalFigures.bergen(maandag).add(uit));
    assertTrue(Collections.disjoint(kenmerken(uit.behandeld()), kenmerken(bron.behandeld())));
  }

  @Test
  void aDatasetKeepsAggregatesDropsSignalsAndExportsCases() {
    Partner partner = Partner.builder().naam("Stichting Welzijn Bergen").rol(Rol.KERNPARTNER).build();
    Populatie populatie =
        Populatie.builder().gemeente(GemeenteCode.BERGEN_NH).peildatum(LocalDate.of(2010, 1, 1)).bron("CBS").build();
    Aanbod aanbod =
        Aanbod.builder().partner("GGD Hollands Noorden").naam("hielprik").soort(Aanbod.Soort.BASISAANBOD).aard(Aanbod.Aard.PREVENTIEF).build();
    Signaal signaal =
        Signaal.builder().bsn(BSN).organisatie("Bureau Jeugdzorg").datumRegistratie(INVULLING).geboortedatum(LocalDate.of(2003, 2, 14)).build();
    Casus casus = metToestemming(LocalDate.of(2003, 2, 14)).build();
    Casusoverleg overleg = overleg(casus);
    Doelgroep doelgroep = Doelgroep.builder().naam("jeugdigen 0–23 jaar").addWie(Doelgroepsoort.JEUGDIGEN).build();
    Werkplan werkplan = Werkplan.builder().jaar(Year.of(2012)).visie("Elk kind groeit gezond en veilig op").build();
    Gezinsplan gezinsplan =
        Gezinsplan.builder()
            .addCasus(casus.kenmerk())
            .datumOpgesteld(INVULLING)
            .zorgcoordinator(casus.zorgcoordinator().orElseThrow())
            .oudersBetrokken(true)
            .build();

    Agendaplanning planning =
        Agendaplanner.plan(
            List.of(casus.datumOverleg().orElseThrow()),
            List.of(aanvraag(casus.kenmerk(), INVULLING, Aanvraag.Prioriteit.NORMAAL, false)),
            Planningsregels.standaard());

    List<Object> uit =
        EXPORT.records(
                java.util.stream.Stream.of(
                    partner, signaal, casus, populatie, "tekst", aanbod, overleg, doelgroep, gezinsplan, werkplan, planning))
            .toList();

    assertEquals(
        List.of(
            partner,
            EXPORT.casus(casus),
            populatie,
            aanbod,
            EXPORT.casusoverleg(overleg),
            doelgroep,
            werkplan,
            EXPORT.agendaplanning(planning)),
        uit);
  }

  @Test
  void aSampleDatasetExportsWithTheSameCountsAndNoIdentifyingData() {
    nl.cjg.core.sample.SampleDataset dataset =
        nl.cjg.core.sample.SampleDataset.of(nl.cjg.core.sample.SampleOptions.builder().seed(2012).aantalCasussen(300).build());
    List<Object> bron = dataset.records().map(nl.cjg.core.sample.SampleRecord::value).toList();
    List<Casus> casussenBron = bron.stream().filter(Casus.class::isInstance).map(Casus.class::cast).toList();
    assertEquals(300, casussenBron.size());

    List<Object> inJaren = EXPORT.records(bron.stream()).toList();
    List<Casus> casussenInJaren = inJaren.stream().filter(Casus.class::isInstance).map(Casus.class::cast).toList();
    assertEquals(counts(casussenBron), counts(casussenInJaren));
    assertTrue(casussenInJaren.stream().allMatch(casus -> casus.kind().persoonsgegevens().isEmpty()));
    assertTrue(inJaren.stream().noneMatch(Signaal.class::isInstance));
    for (int i = 0; i < casussenBron.size(); i++) {
      Set<String> verwacht = new TreeSet<>(VALIDATOR.validate(casussenBron.get(i)).ruleIds());
      verwacht.remove("ANONIEM-001");
      assertEquals(verwacht, new TreeSet<>(VALIDATOR.validate(casussenInJaren.get(i)).ruleIds()));
    }

    OperationalFigures figuresBron = OperationalFigures.bergen(dataset.options().peildatum()).addAll(bron);
    OperationalFigures figuresInJaren = OperationalFigures.bergen(dataset.options().peildatum()).addAll(inJaren);
    long weggelaten = bron.stream().filter(record -> record instanceof Signaal || record instanceof Gezinsplan).count();
    assertTrue(weggelaten > 0 && figuresBron.meetings().overleggen() > 0, "the sample holds signals, family plans and meetings");
    assertEquals(
        OperationalFigures.builder().from(figuresBron).otherRecords(figuresBron.otherRecords() - weggelaten).build(), figuresInJaren);

    List<Casus> casussenInGroepen =
        EXPORT.inLeeftijdsgroepen(Leeftijdsindelingen.CBS_JEUGDZORG).records(bron.stream())
            .filter(Casus.class::isInstance).map(Casus.class::cast).toList();
    assertEquals(counts(casussenBron), counts(casussenInGroepen));
  }

  private static Casusoverleg overleg(Casus casus) {
    Professional zorgcoordinator = casus.zorgcoordinator().orElseThrow();
    return Casusoverleg.builder()
        .datum(casus.datumOverleg().orElseThrow())
        .voorzitter(Voorzitter.of(zorgcoordinator.naam().orElseThrow(), Voorzitter.Rol.PROCESREGISSEUR))
        .addVastTeam(
            Professional.builder()
                .naam(casus.aanmelder().naam())
                .organisatie(casus.aanmelder().organisatie())
                .functie(casus.aanmelder().functie())
                .build())
        .putAanschuivendePartner(
            "Bureau Jeugdzorg Noord-Holland", List.of(Professional.builder().naam("Kees Proefkamp").functie("gezinsvoogd").build()))
        .addCasus(casus.kenmerk())
        .bestedeMinuten(120)
        .putOudersAanwezig(casus.kenmerk(), true)
        .addAfsprakenlijst(
            Afspraak.builder()
                .wie(zorgcoordinator)
                .wat("bespreekt het gedrag thuis met de ouders")
                .uiterlijk(LocalDate.of(2012, 6, 4))
                .casus(casus.kenmerk())
                .build())
        .build();
  }

  private static Aanvraag aanvraag(String kenmerk, LocalDate datum, Aanvraag.Prioriteit prioriteit, boolean elders) {
    return Aanvraag.builder()
        .kenmerk(kenmerk)
        .aanvraagdatum(datum)
        .prioriteit(prioriteit)
        .verwachteMinuten(40)
        .eldersInBehandeling(elders)
        .build();
  }

  private static Casus metKenmerk(String kenmerk) {
    return metToestemming(LocalDate.of(2003, 2, 14)).kenmerk(kenmerk).build();
  }

  private static Set<String> pseudonymen(List<Aanvraag> aanvragen) {
    return aanvragen.stream().map(aanvraag -> EXPORT.casus(metKenmerk(aanvraag.kenmerk())).kenmerk()).collect(Collectors.toSet());
  }

  private static List<String> kenmerken(List<Aanvraag> aanvragen) {
    return aanvragen.stream().map(Aanvraag::kenmerk).toList();
  }

  /** Cases per kern × CBS youth-care band, and per status. */
  private static java.util.Map<String, Long> counts(List<Casus> casussen) {
    return casussen.stream()
        .flatMap(
            casus ->
                java.util.stream.Stream.of(
                    casus.kind().kern().map(k -> k.naam()).orElse("?")
                        + " × "
                        + casus.leeftijdenKind()
                            .flatMap(ages -> Leeftijdsindelingen.CBS_JEUGDZORG.groepen().stream().filter(ages::ligtBinnen).findFirst())
                            .map(Leeftijdsgroep::naam)
                            .orElse("?"),
                    casus.statusgeschiedenis().huidigeStatus().name()))
        .collect(java.util.stream.Collectors.groupingBy(key -> key, java.util.stream.Collectors.counting()));
  }

  @Test
  void aChildHoldsAPseudonymOrIdentifyingDataNotBoth() {
    Pseudoniem pseudoniem = PSEUDONIMISERING.van(BSN);
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                Kind.builder()
                    .pseudoniem(pseudoniem)
                    .persoonsgegevens(Persoonsgegevens.builder().voornaam("Fenna").achternaam("Testhuizen").build())
                    .build());
    assertEquals("KIND-S03", e.code());
    assertFalse(e.getMessage().contains("Fenna"));
  }

  @Test
  void anAnonymousCaseCannotHoldAPseudonym() {
    Casus anoniem = EXPORT.casus(metToestemming(LocalDate.of(2003, 2, 14)).build());
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                Casus.builder()
                    .from(anoniem)
                    .toestemming(Toestemming.builder().metToestemming(false).besprokenMetOuders(false).redenAnoniem("x").build())
                    .build());
    assertEquals(Casus.ANONYMOUS_CODE, e.code());
  }

  @Test
  void casus003AcceptsThePseudonymInPlaceOfTheBsn() {
    Casus uit = EXPORT.casus(metToestemming(LocalDate.of(2003, 2, 14)).build());
    assertFalse(VALIDATOR.validate(uit).ruleIds().contains("CASUS-003"));
    Casus zonderPseudoniem = Casus.builder().from(uit).kind(Kind.builder().from(uit.kind()).pseudoniem(Optional.empty()).build()).build();
    List<String> found =
        VALIDATOR.validate(zonderPseudoniem).violations().stream().map(v -> v.ruleId() + " " + v.path()).toList();
    assertEquals(List.of("CASUS-003 kind.persoonsgegevens.geboortedatum"), found);
  }

  @Test
  void anAnonymousExportGivesAServiceBandAndLeavesASmallKernOut() {
    Casus bron = metToestemming(LocalDate.of(2003, 2, 14)).build();
    Casus inBergen = EXPORT.anoniem().casus(bron);
    assertEquals(Optional.empty(), inBergen.kind().leeftijd());
    assertEquals(Optional.of(Leeftijdsgroep.of(4, 12).van()), inBergen.kind().leeftijdsgroep().map(Leeftijdsgroep::van));
    assertEquals(Optional.of(12), inBergen.kind().leeftijdsgroep().map(Leeftijdsgroep::tot));
    assertEquals(Optional.of(BergenKernen.BERGEN), inBergen.kind().kern());

    Casus inBergenAanZee =
        EXPORT.anoniem().casus(Casus.builder().from(bron).kind(Kind.builder().from(bron.kind()).kern(BergenKernen.BERGEN_AAN_ZEE).build()).build());
    assertEquals(Optional.empty(), inBergenAanZee.kind().kern());
    assertEquals(Optional.of(4), inBergenAanZee.kind().leeftijdsgroep().map(Leeftijdsgroep::van));
  }

  @Test
  void anAnonymousExportWidensANarrowBandToTheServiceBandThatHoldsIt() {
    Casus smal = Casus.builder().from(Bespreekformulieren.anoniem().build()).kind(Kind.builder().leeftijdsgroep(Leeftijdsgroep.of(13, 15)).build()).build();
    assertEquals(Optional.of(12), EXPORT.anoniem().casus(smal).kind().leeftijdsgroep().map(Leeftijdsgroep::van));
    Casus overDeGrens = Casus.builder().from(Bespreekformulieren.anoniem().build()).kind(Kind.builder().leeftijdsgroep(Leeftijdsgroep.of(11, 13)).build()).build();
    assertEquals(Optional.empty(), EXPORT.anoniem().casus(overDeGrens).kind().leeftijdsgroep());
    Casus jgz = metToestemming(LocalDate.of(2006, 6, 1)).build();
    assertEquals(
        Optional.of(5),
        EXPORT.anoniem().inLeeftijdsgroepen(Leeftijdsindelingen.CBS_VIJFJAARSGROEPEN).casus(jgz).kind().leeftijdsgroep().map(Leeftijdsgroep::van));
  }

  @Test
  void withoutABsnTheChildIsPseudonymisedByNameAndBirthDate() {
    Casus bron = metToestemming(LocalDate.of(2003, 2, 14)).build();
    Persoonsgegevens persoon = bron.kind().persoonsgegevens().orElseThrow();
    Casus zonderBsn =
        Casus.builder().from(bron).kind(Kind.builder().from(bron.kind()).persoonsgegevens(Persoonsgegevens.builder().from(persoon).bsn(Optional.empty()).build()).build()).build();
    Casus uit = EXPORT.casus(zonderBsn);
    assertEquals(
        Optional.of(PSEUDONIMISERING.vanKind(persoon.voornaam(), persoon.achternaam(), LocalDate.of(2003, 2, 14))),
        uit.kind().pseudoniem());
    assertFalse(VALIDATOR.validate(uit).ruleIds().contains("CASUS-003"));
  }
}
