package nl.cjg.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.stats.audit.TableAudit;
import nl.cjg.core.stats.table.Cell;
import nl.cjg.core.stats.table.PublishedTable;
import org.junit.jupiter.api.Test;

class DistributionTest {
  enum Grondslag {
    LG,
    SOM,
    VG,
    ZG,
    PSY
  }

  /** Werkplan CJG Bergen 2012, uitwerking 1, bevolking (CBS 2010): the CBS 5-year bands of Bergen, 2010. */
  static Distribution<Leeftijdsgroep> ageBands() {
    Map<Leeftijdsgroep, Long> counts = new LinkedHashMap<>();
    counts.put(Leeftijdsgroep.of(20, 25), 1186L);
    counts.put(Leeftijdsgroep.of(15, 20), 1829L);
    counts.put(Leeftijdsgroep.of(10, 15), 1851L);
    counts.put(Leeftijdsgroep.of(5, 10), 1692L);
    counts.put(Leeftijdsgroep.of(0, 5), 1195L);
    return Distribution.of(counts);
  }

  /** Werkplan CJG Bergen 2012, uitwerking 1, aanbod Stichting Welzijn Bergen, overlastmeldingen: nuisance reports by category. */
  static Distribution<String> overlastmeldingen() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("Vechten", 9L);
    counts.put("Overlast door jongeren", 24L);
    counts.put("Alcohol / drugsoverlast", 14L);
    counts.put("Schoolverzuim", 3L);
    counts.put("Diefstal door jongeren", 5L);
    counts.put("Vernieling", 9L);
    counts.put("Brand", 6L);
    counts.put("Social media (Pesten)", 1L);
    counts.put("Verwaarlozing", 1L);
    counts.put("Graffiti", 1L);
    counts.put("Hulpvraag ouders", 4L);
    counts.put("Wapens", 1L);
    counts.put("Vuil achtergelaten", 1L);
    return Distribution.of(counts);
  }

  /** Werkplan CJG Bergen 2012, uitwerking 1, AWBZ-begeleiding naar grondslag: AWBZ clients 0-17 by grondslag. */
  static Distribution<Grondslag> grondslag() {
    return Distribution.<Grondslag>empty(List.of(Grondslag.values()))
        .add(Grondslag.LG, 7)
        .add(Grondslag.SOM, 3)
        .add(Grondslag.VG, 27)
        .add(Grondslag.ZG, 1)
        .add(Grondslag.PSY, 25);
  }

  @Test
  void ageBandsReproduceTheSeedsTotalAndPercentages() {
    Distribution<Leeftijdsgroep> bands = ageBands();
    assertEquals(7753, bands.total());
    assertEquals(
        List.of(new BigDecimal("15"), new BigDecimal("24"), new BigDecimal("24"), new BigDecimal("22"), new BigDecimal("15")),
        List.copyOf(bands.percentages(0).orElseThrow().values()));
    assertEquals(bands.percentages(0), bands.percentagesAddingUpTo100(0));
    assertEquals(Optional.of(new BigDecimal("25")), Rate.aandeel(bands.total(), 30_985).percentage(0));
    assertEquals(Optional.of(new BigDecimal("15.4")), bands.aandeel(Leeftijdsgroep.of(0, 5)).percentage(1));
  }

  @Test
  void nuisanceReportsAddUpTo79() {
    assertEquals(79, overlastmeldingen().total());
    assertEquals(13, overlastmeldingen().categories().size());
  }

  @Test
  void grondslagHalfUpAsTheSeedAndLargestRemainderAddingUpTo100() {
    Distribution<Grondslag> grondslag = grondslag();
    assertEquals(63, grondslag.total());
    Map<Grondslag, BigDecimal> halfUp = grondslag.percentages(1).orElseThrow();
    assertEquals(
        List.of(new BigDecimal("11.1"), new BigDecimal("4.8"), new BigDecimal("42.9"), new BigDecimal("1.6"), new BigDecimal("39.7")),
        List.copyOf(halfUp.values()));
    Map<Grondslag, BigDecimal> adding = grondslag.percentagesAddingUpTo100(1).orElseThrow();
    assertEquals(new BigDecimal("42.8"), adding.get(Grondslag.VG));
    assertEquals(new BigDecimal("100.0"), adding.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    // % of all 6464 young people: the source's VG 0.48% should read 0.42%; the others are right.
    assertEquals(Optional.of(new BigDecimal("0.42")), Rate.aandeel(grondslag.count(Grondslag.VG), 6464).percentage(2));
    assertEquals(Optional.of(new BigDecimal("0.05")), Rate.aandeel(grondslag.count(Grondslag.SOM), 6464).percentage(2));
  }

  @Test
  void logopedieScreeningOutcomes() {
    // Werkplan CJG Bergen 2012, uitwerking 1, aanbod JGZ, logopedie 5-jarigen: 209 children screened, 72% no follow-up, 20% one advice, 8% advice and
    // follow-up. The source gives no counts; 150, 42 and 17 are counts that give its percentages.
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("geen vervolgactie nodig", 150L);
    counts.put("eenmalig adviesgesprek", 42L);
    counts.put("adviesgesprek en vervolgacties", 17L);
    Distribution<String> screening = Distribution.of(counts);
    assertEquals(209, screening.total());
    assertEquals(
        List.of(new BigDecimal("72"), new BigDecimal("20"), new BigDecimal("8")),
        List.copyOf(screening.percentagesAddingUpTo100(0).orElseThrow().values()));
  }

  @Test
  void jongerenwerkVisitorsPerActivity() {
    // Werkplan CJG Bergen 2012, uitwerking 1, aanbod Stichting Welzijn Bergen, jongerenwerk: visitors per activity of Stichting Welzijn Bergen (the source gives no total).
    Map<String, Long> visitors = new LinkedHashMap<>();
    visitors.put("Kinderactiviteiten", 1702L);
    visitors.put("Inloop jongerencentrum 4-12 jaar", 5647L);
    visitors.put("Tieneractiviteiten", 3322L);
    visitors.put("Inloop jongerencentrum", 10992L);
    visitors.put("Vakantiespelen", 2123L);
    visitors.put("Sportbuurtwerk", 2145L);
    visitors.put("Jeugd Sport Paspoort", 475L);
    visitors.put("2be2gether", 111L);
    Distribution<String> activities = Distribution.of(visitors);
    assertEquals(26_517, activities.total());
    assertEquals(new BigDecimal("41.5"), activities.percentages(1).orElseThrow().get("Inloop jongerencentrum"));
  }

  @Test
  void anEmptyDistributionHasNoPercentages() {
    Distribution<String> empty = Distribution.empty(List.of("a", "b"));
    assertEquals(0, empty.total());
    assertEquals(Optional.empty(), empty.percentages(0));
    assertEquals(Optional.empty(), empty.percentagesAddingUpTo100(0));
    assertFalse(empty.aandeel("a").isDefined());
    assertEquals(0, empty.count("unknown"));
  }

  @Test
  void mergingAddsPerCategoryKeepingTheLeftOrder() {
    Distribution<String> left = Distribution.<String>empty(List.of("a", "b")).add("b", 2);
    Distribution<String> right = Distribution.<String>empty(List.of("c", "b")).add("c", 1).add("b", 1);
    Distribution<String> merged = left.merge(right);
    assertEquals(List.of("a", "b", "c"), merged.categories());
    assertEquals(3, merged.count("b"));
    assertEquals(merged, merged.merge(Distribution.empty(List.of())));
    assertEquals(merged, Distribution.<String>empty(List.of()).merge(merged));
  }

  @Test
  void categoriesAreListedOnceAndCountsAreNotNegative() {
    assertThrows(IllegalArgumentException.class, () -> Distribution.empty(List.of("a", "a")));
    assertThrows(IllegalArgumentException.class, () -> Distribution.empty(List.of("a")).add("a", -1));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Distribution.of(Map.of("a", -1L)));
    assertEquals(Distribution.NEGATIVE_CODE, e.code());
  }

  @Test
  void publishingSuppressesSmallCountsAndTheirPercentages() {
    PublishedTable table = overlastmeldingen().publish("Overlastmelding", Function.identity(), 1);
    assertEquals(List.of("Overlastmelding", "Aantal", "%"), table.headers());
    assertEquals("Vechten", table.rows().get(0).label());
    assertEquals(Cell.of(9), table.cell(0, 0));
    assertEquals(Cell.of(new BigDecimal("11.4")), table.cell(0, 1));
    assertEquals(Cell.suppressed(), table.cell(3, 0));
    assertEquals(Cell.suppressed(), table.cell(3, 1));
    assertEquals("Totaal", table.rows().get(13).label());
    assertEquals(Cell.of(79), table.cell(13, 0));
    assertEquals(Cell.of(new BigDecimal("100.0")), table.cell(13, 1));
    assertTrue(TableAudit.audit(table).isConsistent());
  }

  @Test
  void aSingleSuppressedCountTakesTheSmallestOtherWithIt() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("Vechten", 9L);
    counts.put("Wapens", 1L);
    counts.put("Brand", 6L);
    PublishedTable table = Distribution.of(counts).publish("Melding", Function.identity(), 0);
    assertEquals(Cell.of(9), table.cell(0, 0));
    assertEquals(Cell.suppressed(), table.cell(1, 0));
    assertEquals(Cell.suppressed(), table.cell(2, 0));
    assertEquals(Cell.of(16), table.cell(3, 0));
  }

  @Test
  void publishingForInternalUseIsAnExplicitOptOut() {
    PublishedTable table = grondslag().publish("Grondslag", Grondslag::name, 1, DisclosureControl.internalUseOnly());
    assertEquals(Cell.of(1), table.cell(3, 0));
    assertEquals(Cell.of(new BigDecimal("1.6")), table.cell(3, 1));
  }

  @Test
  void publishedCountsAndPercentagesFollowTheRoundingBase() {
    DisclosureControl control = DisclosureControl.builder().roundingBase(5).build();
    PublishedTable table = ageBands().publish("Leeftijd", Leeftijdsgroep::naam, 0, control);
    assertEquals(Cell.of(1185), table.cell(0, 0));
    assertEquals(Cell.of(7755), table.cell(5, 0));
    assertEquals(Cell.of(new BigDecimal("15")), table.cell(0, 1));
  }
}
