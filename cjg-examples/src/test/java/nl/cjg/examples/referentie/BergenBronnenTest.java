package nl.cjg.examples.referentie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.aanbod.Kengetal;
import nl.cjg.core.aanbod.Uitsplitsing;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.populatie.Voorzieningen;
import nl.cjg.core.referentie.BergenPlannen;
import nl.cjg.core.referentie.BergenReferentie;
import nl.cjg.core.tijd.Datumbereik;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.core.werkplan.Actie;
import nl.cjg.core.werkplan.Communicatiedoelgroep;
import nl.cjg.core.werkplan.Communicatieplan;
import nl.cjg.core.werkplan.Evaluatie;
import nl.cjg.core.werkplan.PlanVanAanpak;
import nl.cjg.core.werkplan.Werkplan;
import nl.cjg.core.werkplan.WerkplanItem;
import org.junit.jupiter.api.Test;

/**
 * Pins every figure of the Bergen reference dataset to the source and section that print it (as
 * docs/sources.md names them), and checks that every value the sources do not give is marked as an
 * assumption in its record and listed in docs/reference-dataset.md.
 */
class BergenBronnenTest {
  private static final String W1 = "Werkplan CJG Bergen 2012, uitwerking 1, ";
  private static final String PILOT = "Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de pilot";
  private static final String COMMUNICATIEPLAN = "Communicatieplan CJG Bergen 2012, ";
  private static final String PLAN_VAN_AANPAK = "Plan van aanpak CJG Bergen 2008–2010, ";
  private static final Path DOCS = Path.of("").toAbsolutePath().resolveSibling("docs");

  /** One figure: where the source prints it, what it prints, and what the dataset holds. */
  private record Feit(String bron, Object bronwaarde, Object dataset) {}

  private static List<Feit> feiten() {
    List<Feit> feiten = new ArrayList<>();
    feiten.add(new Feit(W1 + "aanbod JGZ, prenatale voorlichting",
        Map.of("Informatiebijeenkomst bevalling", 0, "Informatiebijeenkomst borstvoeding", 6, "Zwangerschapscursus", 34),
        aantallen("Prenatale voorlichting", 0)));
    feiten.add(new Feit(W1 + "aanbod JGZ, prenatale voorlichting (totaal)", Optional.of(40), uitsplitsing("Prenatale voorlichting", 0).totaal()));
    feiten.add(new Feit(W1 + "aanbod JGZ, screeninghuisbezoek", Optional.of(123), kengetal("Screeninghuisbezoek", 0).deelnemers()));
    Kengetal arts = kengetal("Contactmomenten kinderen 0-4 jaar", 0);
    Kengetal verpleegkundige = kengetal("Contactmomenten kinderen 0-4 jaar", 1);
    feiten.add(new Feit(W1 + "aanbod JGZ, kinderen 0-4 jaar (arts)", List.of(1385, 1467), List.of(arts.norm().orElseThrow(), arts.contacten().orElseThrow())));
    feiten.add(new Feit(W1 + "aanbod JGZ, kinderen 0-4 jaar (jeugdverpleegkundige)", List.of(1155, 1467),
        List.of(verpleegkundige.norm().orElseThrow(), verpleegkundige.contacten().orElseThrow())));
    feiten.add(new Feit(W1 + "aanbod JGZ, kinderen 5-6 jaar", List.of(286, 6, 8), contacten("Contactmomenten kinderen 5-6 jaar")));
    feiten.add(new Feit(W1 + "aanbod JGZ, kinderen 10-11 jaar en 2e klas VO", List.of(183, 312),
        contacten("Contactmomenten kinderen 10-11 jaar en 2e klas VO")));
    feiten.add(new Feit(W1 + "aanbod JGZ, logopedie 5-jarigen", Optional.of(209), kengetal("Logopedie 5 jarigen", 0).deelnemers()));
    feiten.add(new Feit(W1 + "aanbod JGZ, flexibel aanbod (maatwerk)", List.of(125, 69, 4, 6, 5),
        List.of(kengetal("Jeugdgezondheidszorg maatwerk", 0).contacten().orElseThrow(),
            kengetal("Jeugdgezondheidszorg maatwerk", 1).trajecten().orElseThrow(),
            kengetal("Jeugdgezondheidszorg maatwerk", 2).trajecten().orElseThrow(),
            kengetal("Jeugdgezondheidszorg maatwerk", 3).deelnemers().orElseThrow(),
            kengetal("Jeugdgezondheidszorg maatwerk", 4).deelnemers().orElseThrow())));
    feiten.add(new Feit(W1 + "aanbod JGZ, opvoedcursussen",
        Map.of("Peuter in zicht", 22, "Opvoeden & zo", 3, "Beter omgaan met pubers", 1, "Thema bijeenkomst 0-4 jaar", 2, "Plezier op school", 16),
        aantallen("Opvoedcursussen", 0)));
    feiten.add(new Feit(W1 + "aanbod JGZ, opvoedspreekuur (Egmond)",
        Map.of("Eerste contact", 21, "Vervolg contact", 24, "Laatste contact", 19, "Eenmalig", 13), aantallen("Opvoedspreekuur", 0)));
    feiten.add(new Feit(W1 + "aanbod JGZ, opvoedspreekuur (Bergen)",
        Map.of("Eerste contact", 13, "Vervolg contact", 19, "Laatste contact", 12, "Eenmalig", 3), aantallen("Opvoedspreekuur", 1)));
    feiten.add(new Feit(W1 + "aanbod JGZ, opvoedspreekuur (gesprekken, totaal)", List.of(77, 47),
        List.of(kengetal("Opvoedspreekuur", 0).contacten().orElseThrow(), kengetal("Opvoedspreekuur", 1).contacten().orElseThrow())));
    feiten.add(new Feit(W1 + "aanbod Stichting Welzijn Bergen, jongerenwerk",
        Map.of("Kinderactiviteiten", 1702, "Inloop jongerencentrum 4-12 jaar", 5647, "Tieneractiviteiten", 3322, "Inloop jongerencentrum", 10992,
            "Vakantiespelen", 2123, "Sportbuurtwerk", 2145, "Jeugd Sport Paspoort", 475, "2be2gether", 111),
        aantallen("Jongerenwerk activiteiten", 0)));
    feiten.add(new Feit(W1 + "aanbod Stichting Welzijn Bergen, ambulant jongerenwerk", Optional.of(3570),
        kengetal("Ambulant jongerenwerk", 0).deelnemers()));
    feiten.add(new Feit(W1 + "aanbod Stichting Welzijn Bergen, overlastmeldingen", Optional.of(79), uitsplitsing("Ambulant jongerenwerk", 1).totaal()));
    Kengetal bjz = kengetal("Jeugdzorg", 0);
    feiten.add(new Feit(W1 + "Bureau Jeugdzorg, kinderen bij Bureau Jeugdzorg", List.of(112, 6464),
        List.of(bjz.deelnemers().orElseThrow(), bjz.doelgroepgrootte().orElseThrow())));
    feiten.add(new Feit(W1 + "Bureau Jeugdzorg, cliënten per werksoort",
        Map.of("AMK", 21, "Jeugdbescherming", 29, "Jeugdreclassering", 10, "Toegang", 62), aantallen("Jeugdzorg", 0)));

    Voorzieningen.Kinderopvang opvang = BergenReferentie.kinderopvang();
    feiten.add(new Feit(W1 + "doelgroep (kinderopvang per kern)", List.of(254, 158, 84, 126, 125, 67, 32, 136, 34),
        opvang.aantallen().stream().map(Voorzieningen.Kinderopvang.Aantal::kinderen).toList()));
    feiten.add(new Feit(W1 + "doelgroep (kinderopvang per kern, totalen)", List.of(List.of(496, 318, 202), List.of(418, 419, 185), 1016),
        List.of(List.copyOf(opvang.totaalPerSoort().values()), List.copyOf(opvang.totaalPerCluster().values()), opvang.totaal().orElseThrow())));
    feiten.add(new Feit(W1 + "doelgroep (leerlingen per school)",
        Map.of("Adriaan Roland Holstschool", List.of(499, 125), "Bergerscholengemeenschap", List.of(796, 398), "PCC", List.of(231, 162)),
        BergenReferentie.scholen().stream().collect(Collectors.toMap(
            Voorzieningen.School::naam, school -> List.of(school.leerlingen(), school.woonachtigInGemeente().orElseThrow())))));
    Voorzieningen.AwbzBegeleiding awbz = BergenReferentie.awbzBegeleiding();
    feiten.add(new Feit(W1 + "AWBZ, kinderen met begeleiding via AWBZ (3e kwartaal 2011, tot en met 17 jaar)",
        List.of(Datumbereik.kwartaal(2011, 3), 0, 18, 63, 6464, new BigDecimal("1.4"), new BigDecimal("40")),
        List.of(awbz.periode(), awbz.leeftijdsgroep().van(), awbz.leeftijdsgroep().tot(), awbz.clienten(), awbz.jongeren().orElseThrow(),
            awbz.procentVanJongeren().orElseThrow(), awbz.procentGecombineerd().orElseThrow())));
    feiten.add(new Feit(W1 + "AWBZ, AWBZ begeleiding naar type zorg",
        List.of("45 71.4 0.70", "43 68.3 0.67", "0 - -"), awbz.naarTypeZorg().values().stream().map(BergenBronnenTest::gedrukt).toList()));
    feiten.add(new Feit(W1 + "AWBZ, AWBZ begeleiding naar grondslag",
        List.of("7 11.1 0.11", "3 4.8 0.05", "27 42.9 0.48", "1 1.6 0.02", "25 39.7 0.39"),
        awbz.naarGrondslag().values().stream().map(BergenBronnenTest::gedrukt).toList()));

    Communicatieplan communicatieplan = BergenPlannen.communicatieplan2012();
    feiten.add(new Feit(COMMUNICATIEPLAN + "5. doelgroepen", List.of(5, 40, 7300, 4000),
        communicatieplan.doelgroepen().stream().map(Communicatiedoelgroep::aantal).toList()));
    feiten.add(new Feit(COMMUNICATIEPLAN + "9. begroting", new BigDecimal("19000.00"), communicatieplan.budget()));
    feiten.add(new Feit(COMMUNICATIEPLAN + "1. inleiding (vastgesteld)", Optional.of(LocalDate.of(2012, 4, 25)), communicatieplan.vastgesteldOp()));
    feiten.add(new Feit(COMMUNICATIEPLAN + "1. inleiding (situatieschets: 20 procent)", new BigDecimal("20.0"),
        communicatieplan.nulmeting().orElseThrow().percentageBekend()));

    Werkplan werkplan = BergenPlannen.werkplan2012();
    feiten.add(new Feit("Werkplan CJG Bergen 2012, onderwerp 1–4 (planning)",
        List.of(LocalDate.of(2012, 4, 1), LocalDate.of(2012, 10, 1), LocalDate.of(2012, 11, 1), LocalDate.of(2012, 5, 1)),
        werkplan.items().stream().map(WerkplanItem::gerealiseerdVoor).toList()));

    PlanVanAanpak plan = BergenPlannen.planVanAanpak();
    feiten.add(new Feit(PLAN_VAN_AANPAK + "stap 1 en 2 (besluiten)",
        List.of(LocalDate.of(2009, 8, 18), LocalDate.of(2009, 9, 8), LocalDate.of(2009, 9, 22),
            LocalDate.of(2009, 11, 10), LocalDate.of(2009, 12, 1), LocalDate.of(2009, 12, 15)),
        plan.fasen().stream().flatMap(fase -> fase.acties().stream()).flatMap(actie -> actie.besluitmomenten().stream())
            .map(Actie.Besluitmoment::datum).toList()));
    feiten.add(new Feit(PLAN_VAN_AANPAK + "stap 1 (raadsbijeenkomst)", "4 december 2008",
        plan.fasen().get(0).acties().get(0).wanneer().format()));

    List<Casusoverleg> overleggen = BergenPilot.overleggen();
    feiten.add(new Feit(PILOT + ", overige evaluatiepunten (5 casusoverleggen, 11 verzoeken)", List.of(5, 11),
        List.of(overleggen.size(), BergenPilot.casussen().size())));
    feiten.add(new Feit(PILOT + ", duur/frequentie (anderhalf uur)", 90, overleggen.get(0).geplandeMinuten()));
    return feiten;
  }

  @Test
  void everyReferenceFigureIsTheFigureItsSourcePrints() {
    List<Feit> feiten = feiten();
    assertTrue(feiten.size() >= 25);
    for (Feit feit : feiten) {
      assertEquals(feit.bronwaarde(), feit.dataset(), feit.bron());
      assertTrue(
          Stream.of("Werkplan CJG Bergen 2012, ", COMMUNICATIEPLAN, PLAN_VAN_AANPAK).anyMatch(feit.bron()::startsWith), feit.bron());
    }
  }

  @Test
  void everyMarkedOfferingIsListedAmongTheAssumptions() throws IOException {
    String docs = Files.readString(DOCS.resolve("reference-dataset.md"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    List<String> gemarkeerd = new ArrayList<>();
    for (Aanbod aanbod : BergenAanbod.all()) {
      boolean gemarkeerdAanbod = aanbod.omschrijving().orElse("").contains(BergenAanbod.AANNAME);
      boolean gemarkeerdeMaat =
          aanbod.kengetallen().stream().anyMatch(k -> k.omschrijving().orElse("").contains(BergenAanbod.AANNAME));
      if (gemarkeerdAanbod || gemarkeerdeMaat) {
        gemarkeerd.add(aanbod.naam());
        String genoemd = aanbod.naam().startsWith("Schoolmaatschappelijk werk") ? "Schoolmaatschappelijk werk" : aanbod.naam();
        assertTrue(docs.contains(genoemd), aanbod.naam() + " is listed in docs/reference-dataset.md");
      }
    }
    assertEquals(10, gemarkeerd.size(), gemarkeerd.toString());
    assertTrue(
        BergenAanbod.all().stream().allMatch(a -> a.omschrijving().orElseThrow().contains(BergenAanbod.BRON)),
        "every offering names its source and section");
    assertFalse(gemarkeerd.contains("Prenatale voorlichting"), "a fully sourced offering carries no assumption");
  }

  @Test
  void thePartnerMapMarksEveryAssumedDisciplineAndTheDocsListIt() throws IOException {
    String docs = Files.readString(DOCS.resolve("reference-dataset.md"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    Path tabel = DOCS.resolveSibling("cjg-core").resolve("src/main/resources/nl/cjg/core/referentie/bergen-partners.txt");
    List<String> regels = Files.readAllLines(tabel, StandardCharsets.UTF_8);
    int gemarkeerd = 0;
    for (int i = 1; i < regels.size(); i++) {
      String regel = regels.get(i);
      if (!regel.startsWith("#") && !regel.startsWith("naam;")) {
        String naam = regel.substring(0, regel.indexOf(';'));
        assertTrue(regels.get(i - 1).startsWith("# " + naam + ": "), "the row of " + naam + " has its source above it");
        if (regels.get(i - 1).contains("Aanname:")) {
          gemarkeerd++;
          assertTrue(docs.contains(naam), naam + " is listed in docs/reference-dataset.md");
        }
      }
    }
    assertEquals(12, gemarkeerd);
  }

  @Test
  void theWerkplanMarksEveryAssumedDateAndOutcome() {
    for (WerkplanItem item : BergenPlannen.werkplan2012().items()) {
      for (Evaluatie evaluatie : item.evaluaties()) {
        assertEquals(
            !evaluatie.datum().equals(BergenPlannen.COMMUNICATIEPLAN_VASTGESTELD),
            evaluatie.tekst().contains(BergenPlannen.AANNAME + "de datum."),
            evaluatie.tekst());
      }
    }
    assertTrue(BergenPlannen.nulmeting().bron().orElseThrow().contains(BergenPlannen.AANNAME + "steekproef 100"));
  }

  @Test
  void theProvisionsNameTheirSourceSectionAndKeepTheSourcesDiscrepancies() {
    assertTrue(BergenReferentie.kinderopvang().bron().startsWith(W1 + "doelgroep (kinderopvang per kern)"));
    assertTrue(BergenReferentie.scholen().stream().allMatch(school -> school.bron().startsWith(W1 + "doelgroep (leerlingen per school)")));
    assertTrue(BergenReferentie.scholen().stream().allMatch(school -> school.kern().isEmpty() && school.schooljaar().isEmpty()),
        "the source names no kern and no school year, so none is assumed");
    assertTrue(BergenReferentie.awbzBegeleiding().bron().startsWith(W1 + "AWBZ (kinderen met begeleiding via AWBZ"));
    CjgValidator validator = CjgValidator.create();
    assertEquals(List.of(), validator.validate(BergenReferentie.kinderopvang()).violations());
    assertEquals(List.of(), validator.validate(BergenReferentie.awbzBegeleiding()).violations());
    BergenReferentie.scholen().forEach(school -> assertEquals(List.of(), validator.validate(school).violations()));
    assertEquals(412, BergenReferentie.kinderopvang().som("Bergen"), "the cells of Bergen; the source prints 418");
  }

  @Test
  void theDocsListTheProvisionsAndTheirDiscrepancies() throws IOException {
    String docs = Files.readString(DOCS.resolve("reference-dataset.md"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    for (String genoemd : List.of("BergenReferentie.kinderopvang()", "BergenReferentie.scholen()", "BergenReferentie.awbzBegeleiding()",
        "totaalPerCluster[Bergen]", "naarGrondslag[VG].procentVanJongeren", "procentVanJongeren")) {
      assertTrue(docs.contains(genoemd), genoemd + " in docs/reference-dataset.md");
    }
  }

  /** A row as the source prints it: the count, then each percentage or "-". */
  private static String gedrukt(Voorzieningen.AwbzBegeleiding.Regel regel) {
    return regel.clienten() + " " + regel.procentVanAwbz().map(BigDecimal::toPlainString).orElse("-") + " "
        + regel.procentVanJongeren().map(BigDecimal::toPlainString).orElse("-");
  }

  private static Aanbod aanbod(String naam) {
    return BergenAanbod.all().stream().filter(a -> a.naam().equals(naam)).findFirst().orElseThrow(() -> new AssertionError(naam));
  }

  private static Kengetal kengetal(String aanbod, int index) {
    return aanbod(aanbod).kengetallen().get(index);
  }

  private static Uitsplitsing uitsplitsing(String aanbod, int kengetal) {
    return kengetal(aanbod, kengetal).uitsplitsingen().get(0);
  }

  private static Map<String, Integer> aantallen(String aanbod, int kengetal) {
    return uitsplitsing(aanbod, kengetal).aantallen();
  }

  private static List<Integer> contacten(String aanbod) {
    return aanbod(aanbod).kengetallen().stream().map(k -> k.contacten().orElseThrow()).toList();
  }
}
