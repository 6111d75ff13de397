package nl.cjg.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.stats.audit.TableAudit;
import nl.cjg.core.stats.table.Cell;
import nl.cjg.core.stats.table.PublishedTable;
import org.junit.jupiter.api.Test;

class OverlapTest {
  enum Werksoort {
    AMK,
    JEUGDBESCHERMING,
    JEUGDRECLASSERING,
    TOEGANG
  }

  enum Zorgtype {
    INDIVIDUEEL,
    GROEP,
    KORTDUREND_VERBLIJF
  }

  /** Werkplan CJG Bergen 2012, uitwerking 1, Bureau Jeugdzorg, kinderen bij Bureau Jeugdzorg; uitwerking 1, Bureau Jeugdzorg, cliënten per werksoort: 112 unique clients, per werksoort 21, 29, 10 and 62. */
  static OverlapSummary<Werksoort> bureauJeugdzorg() {
    Map<Werksoort, Long> counts = new LinkedHashMap<>();
    counts.put(Werksoort.AMK, 21L);
    counts.put(Werksoort.JEUGDBESCHERMING, 29L);
    counts.put(Werksoort.JEUGDRECLASSERING, 10L);
    counts.put(Werksoort.TOEGANG, 62L);
    return OverlapSummary.of(112, counts);
  }

  /** Werkplan CJG Bergen 2012, uitwerking 1, AWBZ-begeleiding naar type zorg: 63 AWBZ clients 0-17, 45 with individual and 43 with group support. */
  static OverlapSummary<Zorgtype> awbz() {
    Map<Zorgtype, Long> counts = new LinkedHashMap<>();
    counts.put(Zorgtype.INDIVIDUEEL, 45L);
    counts.put(Zorgtype.GROEP, 43L);
    counts.put(Zorgtype.KORTDUREND_VERBLIJF, 0L);
    return OverlapSummary.of(63, counts);
  }

  @Test
  void bureauJeugdzorgPercentagesOfTheUniqueTotalAndOfThePopulation() {
    OverlapSummary<Werksoort> bjz = bureauJeugdzorg();
    assertEquals(122, bjz.sumOfCategories());
    // % of 112: the source's AMK 18.6% should read 18.8%; the others are right.
    assertEquals(Optional.of(new BigDecimal("18.8")), bjz.aandeelOfUnique(Werksoort.AMK).percentage(1));
    assertEquals(Optional.of(new BigDecimal("25.9")), bjz.aandeelOfUnique(Werksoort.JEUGDBESCHERMING).percentage(1));
    assertEquals(Optional.of(new BigDecimal("8.9")), bjz.aandeelOfUnique(Werksoort.JEUGDRECLASSERING).percentage(1));
    assertEquals(Optional.of(new BigDecimal("55.4")), bjz.aandeelOfUnique(Werksoort.TOEGANG).percentage(1));
    // % of 6464: all four as the source.
    assertEquals(Optional.of(new BigDecimal("0.32")), bjz.aandeelOfPopulation(Werksoort.AMK, 6464).percentage(2));
    assertEquals(Optional.of(new BigDecimal("0.45")), bjz.aandeelOfPopulation(Werksoort.JEUGDBESCHERMING, 6464).percentage(2));
    assertEquals(Optional.of(new BigDecimal("0.15")), bjz.aandeelOfPopulation(Werksoort.JEUGDRECLASSERING, 6464).percentage(2));
    assertEquals(Optional.of(new BigDecimal("0.96")), bjz.aandeelOfPopulation(Werksoort.TOEGANG, 6464).percentage(2));
    assertEquals(Optional.of(new BigDecimal("1.73")), bjz.uniqueAandeelOfPopulation(6464).percentage(2));
  }

  @Test
  void awbzOverlapOfIndividualAndGroupSupportIsAbout40Percent() {
    OverlapSummary<Zorgtype> awbz = awbz();
    assertEquals(Optional.of(new BigDecimal("71.4")), awbz.aandeelOfUnique(Zorgtype.INDIVIDUEEL).percentage(1));
    assertEquals(Optional.of(new BigDecimal("68.3")), awbz.aandeelOfUnique(Zorgtype.GROEP).percentage(1));
    assertEquals(Optional.of(new BigDecimal("0.70")), awbz.aandeelOfPopulation(Zorgtype.INDIVIDUEEL, 6464).percentage(2));
    assertEquals(Optional.of(new BigDecimal("0.67")), awbz.aandeelOfPopulation(Zorgtype.GROEP, 6464).percentage(2));
    // The source's 1.4% of 6464 for the 63 clients should read 1.0%.
    assertEquals(Optional.of(new BigDecimal("1.0")), awbz.uniqueAandeelOfPopulation(6464).percentage(1));
    // Every client has individual or group support, so the overlap is exactly 45 + 43 - 63 = 25:
    // 39.7% of the clients, the source's "ongeveer 40%".
    assertEquals(25, awbz.minimumOverlap(Zorgtype.INDIVIDUEEL, Zorgtype.GROEP));
    assertEquals(43, awbz.maximumOverlap(Zorgtype.INDIVIDUEEL, Zorgtype.GROEP));
    assertEquals(Optional.of(new BigDecimal("39.7")), Rate.aandeel(25, 63).percentage(1));
    assertEquals(0, awbz.minimumOverlap(Zorgtype.GROEP, Zorgtype.KORTDUREND_VERBLIJF));
  }

  @Test
  void combinationsGiveTheOverlapMatrixAndTheSummary() {
    List<Zorgtype> types = List.of(Zorgtype.values());
    Overlap<Zorgtype> overlap =
        Overlap.of(
            types,
            Map.of(
                Set.of(Zorgtype.INDIVIDUEEL), 20L,
                Set.of(Zorgtype.GROEP), 18L,
                Set.of(Zorgtype.INDIVIDUEEL, Zorgtype.GROEP), 25L));
    assertEquals(63, overlap.uniqueUnits());
    assertEquals(45, overlap.count(Zorgtype.INDIVIDUEEL));
    assertEquals(25, overlap.pairCount(Zorgtype.INDIVIDUEEL, Zorgtype.GROEP));
    assertEquals(25, overlap.overlapMatrix().get(Zorgtype.GROEP).get(Zorgtype.INDIVIDUEEL));
    assertEquals(43, overlap.overlapMatrix().get(Zorgtype.GROEP).get(Zorgtype.GROEP));
    assertEquals(0, overlap.overlapMatrix().get(Zorgtype.KORTDUREND_VERBLIJF).get(Zorgtype.GROEP));
    assertEquals(awbz(), overlap.summary());
  }

  @Test
  void recordsNamingTheSameClientTwiceCountOnce() {
    record Inzet(String client, Werksoort werksoort) {}
    Overlap<Werksoort> overlap =
        Stream.of(
                new Inzet("a", Werksoort.AMK),
                new Inzet("a", Werksoort.TOEGANG),
                new Inzet("a", Werksoort.AMK),
                new Inzet("b", Werksoort.TOEGANG),
                new Inzet("c", Werksoort.JEUGDBESCHERMING))
            .collect(StatsCollectors.overlapOfMemberships(Inzet::client, Inzet::werksoort, List.of(Werksoort.values())));
    assertEquals(3, overlap.uniqueUnits());
    assertEquals(2, overlap.count(Werksoort.TOEGANG));
    assertEquals(1, overlap.pairCount(Werksoort.AMK, Werksoort.TOEGANG));
    assertEquals(4, overlap.summary().sumOfCategories());
  }

  @Test
  void plusUnitAndMergeAddCombinations() {
    Overlap<String> overlap = Overlap.<String>empty(List.of("a", "b")).addUnit(Set.of("a", "b")).addUnit(Set.of());
    assertEquals(2, overlap.uniqueUnits());
    assertEquals(1, overlap.pairCount("a", "b"));
    Overlap<String> merged = overlap.merge(Overlap.<String>empty(List.of("c")).addUnit(Set.of("c")));
    assertEquals(List.of("a", "b", "c"), merged.categories());
    assertEquals(3, merged.uniqueUnits());
    assertEquals(merged, merged.merge(Overlap.empty(List.of())));
    OverlapSummary<Werksoort> twice = bureauJeugdzorg().merge(bureauJeugdzorg());
    assertEquals(224, twice.uniqueUnits());
    assertEquals(42, twice.count(Werksoort.AMK));
  }

  @Test
  void structuralRules() {
    assertEquals(
        Overlap.CATEGORIES_CODE,
        assertThrows(InvalidValueException.class, () -> Overlap.of(List.of("a"), Map.of(Set.of("b"), 1L))).code());
    assertEquals(
        "OVERLAP-S01",
        assertThrows(InvalidValueException.class, () -> Overlap.of(List.of("a", "a"), Map.of())).code());
    assertEquals(
        Overlap.NEGATIVE_CODE,
        assertThrows(InvalidValueException.class, () -> Overlap.of(List.of("a"), Map.of(Set.of("a"), -1L))).code());
    assertEquals(
        OverlapSummary.NEGATIVE_CODE,
        assertThrows(InvalidValueException.class, () -> OverlapSummary.of(-1, Map.of())).code());
    assertEquals(
        OverlapSummary.CATEGORY_CODE,
        assertThrows(InvalidValueException.class, () -> OverlapSummary.of(5, Map.of("a", 6L))).code());
  }

  @Test
  void publishingAnOverlapShowsTheUniqueTotalAsAnOverlappingTotal() {
    PublishedTable table = bureauJeugdzorg().publish("Werksoort", Werksoort::name, 1, OptionalLong.of(6464));
    assertEquals(List.of("Werksoort", "Aantal", "%", "% van 6464"), table.headers());
    assertEquals("Totaal (overlap)", table.rows().get(4).label());
    assertEquals(Cell.of(new BigDecimal("18.8")), table.cell(0, 1));
    assertEquals(Cell.of(new BigDecimal("0.3")), table.cell(0, 2));
    assertEquals(Cell.of(112), table.cell(4, 0));
    assertTrue(TableAudit.audit(table).isConsistent());

    PublishedTable awbz = awbz().publish("Type zorg", Zorgtype::name, 1, OptionalLong.empty());
    assertEquals(List.of("Type zorg", "Aantal", "%"), awbz.headers());
    assertEquals(Cell.of(0), awbz.cell(2, 0), "a zero is published");
    assertEquals(Cell.suppressed(),
        awbz().publish("Type zorg", Zorgtype::name, 1, OptionalLong.empty(),
            DisclosureControl.builder().suppressZeros(true).build()).cell(2, 1));
    assertEquals(Cell.of(45), awbz.cell(0, 0));
  }
}
