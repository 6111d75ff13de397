package nl.cjg.core.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.casus.Persoonsgegevens;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Populatie;
import nl.cjg.core.referentie.BergenReferentie;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.core.verwijsindex.Signaal;
import nl.cjg.core.verwijsindex.Verwijsindex;
import org.junit.jupiter.api.Test;

class SampleDatasetTest {
  private static final CjgValidator VALIDATOR = CjgValidator.create();

  private static List<SampleRecord> records(SampleOptions options) {
    return SampleDataset.of(options).records().toList();
  }

  private static SampleOptions cases(long seed, int aantal) {
    return SampleOptions.builder().seed(seed).aantalCasussen(aantal).build();
  }

  private static <T> List<T> of(List<SampleRecord> records, SampleRecord.Kind kind, Class<T> type) {
    return records.stream().filter(record -> record.kind() == kind).map(record -> record.value(type)).toList();
  }

  @Test
  void theSameSeedGivesTheSameRecordsAndAnotherSeedOtherCases() {
    List<SampleRecord> eerste = records(cases(7, 150));
    assertEquals(eerste, records(cases(7, 150)));
    assertEquals(eerste, SampleDataset.of(cases(7, 150)).records().toList(), "every pass is fresh");
    List<Casus> ander = of(records(cases(8, 150)), SampleRecord.Kind.CASUS, Casus.class);
    assertNotEquals(of(eerste, SampleRecord.Kind.CASUS, Casus.class), ander);
  }

  @Test
  void theHeaderCarriesSeedAndVersion() {
    SampleDataset dataset = SampleDataset.of(cases(42, 1));
    assertEquals(42, dataset.seed());
    assertEquals(SampleDataset.VERSIE, dataset.versie());
    assertEquals(GemeenteCode.BERGEN_NH, dataset.gemeente());
    assertEquals(LocalDate.of(2012, 12, 31), dataset.peildatum());
    assertEquals(cases(42, 1), dataset.options());
  }

  @Test
  void recordsComeInTheDocumentedOrder() {
    List<SampleRecord> records = records(cases(3, 40));
    Netwerk netwerk = BergenReferentie.netwerk();
    int partners = netwerk.partners().size();
    assertEquals(SampleRecord.Kind.POPULATIE, records.get(0).kind());
    assertEquals(BergenReferentie.populatie(), records.get(0).value());
    for (int i = 0; i < partners; i++) {
      assertEquals(netwerk.partners().get(i), records.get(1 + i).value());
      assertEquals(SampleRecord.Kind.AANBOD, records.get(1 + partners + i).kind());
    }
    assertEquals(SampleRecord.Kind.WERKPLAN, records.get(records.size() - 1).kind());
    assertEquals(40, of(records, SampleRecord.Kind.CASUS, Casus.class).size());
    LocalDate vorige = LocalDate.of(1900, 1, 1);
    for (SampleRecord record : records.subList(1 + 2 * partners, records.size() - 1)) {
      if (record.kind() == SampleRecord.Kind.CASUSOVERLEG) {
        LocalDate datum = record.value(Casusoverleg.class).datum();
        assertTrue(datum.isAfter(vorige));
        vorige = datum;
      } else if (record.kind() == SampleRecord.Kind.CASUS) {
        assertTrue(record.value(Casus.class).datumInvulling().isAfter(vorige.minusDays(1)), "requested after the previous meeting");
      }
    }
  }

  @Test
  void everyRecordOfFiftyDatasetsPassesValidation() {
    for (long seed = 1; seed <= 50; seed++) {
      SampleOptions options = cases(seed, 200);
      Set<String> kenmerken = new HashSet<>();
      for (SampleRecord record : SampleDataset.of(options)) {
        assertEquals(List.of(), VALIDATOR.validate(record.value()).violations(), () -> "seed " + options.seed() + " " + record.kind());
        if (record.value() instanceof Casus casus) {
          assertTrue(kenmerken.add(casus.kenmerk()), "kenmerken are unique");
          casus.kind().persoonsgegevens().flatMap(Persoonsgegevens::bsn).ifPresent(bsn -> assertTrue(SampleBsn.isTestBsn(bsn)));
        }
        if (record.value() instanceof Signaal signaal) {
          assertTrue(SampleBsn.isTestBsn(signaal.bsn()));
        }
      }
      assertEquals(200, kenmerken.size());
    }
  }

  @Test
  void meetingsAreEveryThreeWeeksAndDiscussTheirShareOfRequests() {
    SampleOptions options = SampleOptions.builder().aantalCasussen(300).aandeelBesproken(0.5).build();
    List<SampleRecord> records = records(options);
    List<Casusoverleg> overleggen = of(records, SampleRecord.Kind.CASUSOVERLEG, Casusoverleg.class);
    assertEquals(options.vergaderdata(), overleggen.stream().map(Casusoverleg::datum).toList());
    for (int i = 1; i < overleggen.size(); i++) {
      long dagen = ChronoUnit.DAYS.between(overleggen.get(i - 1).datum(), overleggen.get(i).datum());
      assertEquals(0, dagen % 21);
    }
    List<Casus> casussen = of(records, SampleRecord.Kind.CASUS, Casus.class);
    long besproken = casussen.stream().filter(casus -> casus.datumOverleg().isPresent()).count();
    assertEquals(besproken, overleggen.stream().mapToLong(overleg -> overleg.casussen().size()).sum());
    assertEquals(0.5, besproken / 300.0, 0.08);
    assertTrue(casussen.stream()
        .filter(casus -> casus.datumOverleg().isEmpty())
        .allMatch(casus -> casus.statusgeschiedenis().huidigeStatus() == Casusstatus.DOORVERWEZEN));
    assertTrue(casussen.stream().filter(casus -> casus.behandelaar().isPresent()).allMatch(casus -> casus.datumOverleg().isEmpty()),
        "no advice while the case is treated elsewhere");
    assertEquals(0, of(records(SampleOptions.builder().aantalCasussen(100).aandeelBesproken(0).build()),
        SampleRecord.Kind.CASUSOVERLEG, Casusoverleg.class).size());
  }

  @Test
  void theShareOfAnonymousCasesFollowsTheOption() {
    assertEquals(0, anonymous(SampleOptions.builder().aantalCasussen(300).aandeelAnoniem(0).build()));
    SampleOptions alle = SampleOptions.builder().aantalCasussen(300).aandeelAnoniem(1).build();
    assertEquals(300, anonymous(alle));
    assertEquals(0, of(records(alle), SampleRecord.Kind.SIGNAAL, Signaal.class).size());
    double aandeel = anonymous(cases(5, 4000)) / 4000.0;
    assertEquals(0.25, aandeel, 0.03);
  }

  @Test
  void someChildrenAreSignalledByTwoOrganisationsSoMatchesOccur() {
    List<Signaal> signalen = of(records(cases(11, 600)), SampleRecord.Kind.SIGNAAL, Signaal.class);
    Map<String, Set<String>> organisaties = new HashMap<>();
    signalen.forEach(signaal -> organisaties.computeIfAbsent(signaal.bsn().value(), k -> new HashSet<>()).add(signaal.organisatie()));
    long matches = organisaties.values().stream().filter(set -> set.size() >= 2).count();
    assertTrue(matches > 0, "matches: " + matches);
    assertTrue(matches < organisaties.size());
    assertTrue(signalen.stream().anyMatch(signaal -> signaal.datumIntrekking().isPresent()));
    boolean gemeld =
        signalen.stream().map(Signaal::datumRegistratie).distinct().anyMatch(dag -> !Verwijsindex.matches(signalen, dag).isEmpty());
    assertTrue(gemeld, "the Verwijsindex reports a match on some day");
  }

  @Test
  void withoutCasesTheDatasetHoldsTheNetworkOfferingsAndWorkPlan() {
    List<SampleRecord> records = records(cases(1, 0));
    Set<SampleRecord.Kind> kinds = records.stream().map(SampleRecord::kind).collect(Collectors.toSet());
    assertEquals(Set.of(SampleRecord.Kind.POPULATIE, SampleRecord.Kind.PARTNER, SampleRecord.Kind.AANBOD, SampleRecord.Kind.WERKPLAN), kinds);
  }

  @Test
  void aPopulationWithoutKernenGivesChildrenWithoutKern() {
    Populatie alleenGemeente =
        Populatie.builder()
            .gemeente(GemeenteCode.BERGEN_NH)
            .peildatum(LocalDate.of(2010, 1, 1))
            .bron("test")
            .addTellingen(Populatie.Telling.builder().leeftijdsgroep(Leeftijdsgroep.of(0, 12)).aantal(10).build())
            .build();
    SampleOptions options = SampleOptions.builder().aantalCasussen(100).populatie(alleenGemeente).build();
    List<Casus> casussen = of(records(options), SampleRecord.Kind.CASUS, Casus.class);
    assertTrue(casussen.stream().allMatch(casus -> casus.kind().kern().isEmpty()));
    assertTrue(casussen.stream().allMatch(casus -> casus.leeftijdenKind().orElseThrow().van() < 12));
    for (Casus casus : casussen) {
      assertTrue(VALIDATOR.validate(casus).isValid());
    }
  }

  @Test
  void aLargeDatasetStreamsWithoutHoldingItsCases() {
    long casussen = SampleDataset.of(cases(2, 20_000)).records().filter(record -> record.kind() == SampleRecord.Kind.CASUS).count();
    assertEquals(20_000, casussen);
  }

  @Test
  void optionsKeepTheirInvariants() {
    assertEquals(SampleOptions.AANTAL_CODE, code(() -> SampleOptions.builder().aantalCasussen(-1).build()));
    assertEquals(
        SampleOptions.PERIODE_CODE,
        code(() -> SampleOptions.builder().startdatumOverleg(LocalDate.of(2013, 1, 1)).peildatum(LocalDate.of(2012, 1, 1)).build()));
    assertEquals(
        SampleOptions.PERIODE_CODE,
        code(() -> SampleOptions.builder().startdatumOverleg(LocalDate.of(2012, 4, 21)).peildatum(LocalDate.of(2012, 5, 1)).build()),
        "a Saturday is no meeting, the next regular date lies after the peildatum");
    assertEquals(SampleOptions.AANDEEL_CODE, code(() -> SampleOptions.builder().aandeelAnoniem(1.5).build()));
    assertEquals(SampleOptions.AANDEEL_CODE, code(() -> SampleOptions.builder().aandeelMatch(-0.1).build()));
    assertEquals(SampleOptions.AANDEEL_CODE, code(() -> SampleOptions.builder().aandeelGezinsplan(Double.NaN).build()));
    assertEquals(SampleOptions.AANDEEL_CODE, code(() -> SampleOptions.builder().aandeelBesproken(1.01).build()));
    assertEquals(SampleOptions.AANDEEL_CODE, code(() -> SampleOptions.builder().aandeelInBehandelingElders(-1).build()));
    assertEquals(SampleOptions.AANDEEL_CODE, code(() -> SampleOptions.builder().aandeelOnveilig(2).build()));
    assertEquals(SampleOptions.AANDEEL_CODE, code(() -> SampleOptions.builder().aandeelSamenwerkingOnmogelijk(Double.NaN).build()));
    assertEquals(SampleOptions.NETWERK_CODE, code(() -> SampleOptions.builder().netwerk(Netwerk.builder().build()).build()));
    assertEquals(SampleRecord.TYPE_CODE, code(() -> SampleRecord.of(SampleRecord.Kind.CASUS, "geen casus")));
  }

  private static String code(Runnable maak) {
    return assertThrows(InvalidValueException.class, maak::run).code();
  }

  private static long anonymous(SampleOptions options) {
    List<Casus> casussen = new ArrayList<>(of(records(options), SampleRecord.Kind.CASUS, Casus.class));
    casussen.forEach(casus -> assertEquals(casus.isAnoniem(), casus.kind().persoonsgegevens().isEmpty()));
    return casussen.stream().filter(Casus::isAnoniem).count();
  }
}
