package nl.cjg.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.sample.SampleDataset;
import nl.cjg.core.sample.SampleOptions;
import nl.cjg.core.sample.SampleRecord;
import nl.cjg.core.stats.DisclosureControl;
import nl.cjg.core.stats.operational.CaseFigures.Bespreekvorm;
import nl.cjg.core.stats.operational.OperationalFigures.OperationalCollectors;
import nl.cjg.core.stats.operational.OperationalFigures;
import org.junit.jupiter.api.Test;

/** The streaming statistics: counts per cell, mergeable, the same over parts as over the whole. */
class DatasetStatisticsTest {
  private static final SampleDataset DATASET = SampleDataset.of(SampleOptions.builder().seed(5).aantalCasussen(2000).build());
  private static final LocalDate PEILDATUM = DATASET.peildatum();
  private static final List<Object> RECORDS = DATASET.records().map(SampleRecord::value).toList();

  private static DatasetStatistics of(List<Object> records) {
    DatasetStatistics statistics = new DatasetStatistics(PEILDATUM);
    records.forEach(statistics::accept);
    return statistics;
  }

  @Test
  void countsEveryCaseOnceInEachTable() {
    DatasetStatistics statistics = of(RECORDS);
    long casussen = RECORDS.stream().filter(Casus.class::isInstance).count();
    assertEquals(2000, casussen);
    assertTrue(RECORDS.size() > DatasetStatistics.BATCH, "more than one batch");
    assertEquals(casussen, statistics.casussen());
    assertEquals(RECORDS.size(), statistics.records());
    assertEquals(casussen, statistics.perKernEnLeeftijd().total());
    assertEquals(casussen, statistics.byStatusAndBespreekvorm().total());
    long anoniem = RECORDS.stream().filter(Casus.class::isInstance).map(Casus.class::cast).filter(Casus::isAnoniem).count();
    assertEquals(anoniem, statistics.byStatusAndBespreekvorm().columnTotals().count(Bespreekvorm.ANONIEM));
    long besproken = RECORDS.stream().filter(Casus.class::isInstance).map(Casus.class::cast)
        .filter(c -> c.statusgeschiedenis().huidigeStatus() == Casusstatus.BESPROKEN).count();
    assertEquals(besproken, statistics.byStatusAndBespreekvorm().rowTotals().count(Casusstatus.BESPROKEN));
  }

  @Test
  void theCountsAreTheCoreFigures() {
    OperationalFigures core = RECORDS.stream().collect(OperationalCollectors.dataset(OperationalFigures.bergen(PEILDATUM)));
    DatasetStatistics statistics = of(RECORDS);
    assertEquals(core, statistics.figures());
    assertEquals(core.meetings().overleggen(), statistics.overleggen());
  }

  @Test
  void onlyKernenWithCasesAreRows() {
    DatasetStatistics statistics = of(RECORDS);
    statistics.perKernEnLeeftijd().rowCategories()
        .forEach(kern -> assertTrue(statistics.perKernEnLeeftijd().row(kern).total() > 0, kern));
    assertEquals(
        statistics.figures().cases().byKernAndLeeftijdsgroep().columnTotals(), statistics.perKernEnLeeftijd().columnTotals());
  }

  @Test
  void mergingPartsGivesTheCountsOfTheWhole() {
    DatasetStatistics whole = of(RECORDS);
    int half = RECORDS.size() / 2;
    DatasetStatistics first = of(RECORDS.subList(0, half)).merge(of(RECORDS.subList(half, RECORDS.size())));
    assertEquals(whole.records(), first.records());
    assertEquals(whole.overleggen(), first.overleggen());
    assertEquals(whole.byStatusAndBespreekvorm(), first.byStatusAndBespreekvorm());
    assertEquals(whole.perKernEnLeeftijd(), first.perKernEnLeeftijd());
    assertEquals(whole.tables(DisclosureControl.internalUseOnly()), first.tables(DisclosureControl.internalUseOnly()));
  }
}
