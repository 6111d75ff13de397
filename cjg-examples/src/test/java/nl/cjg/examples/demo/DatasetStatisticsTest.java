package nl.cjg.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.sample.SampleDataset;
import nl.cjg.core.sample.SampleOptions;
import nl.cjg.core.sample.SampleRecord;
import nl.cjg.core.stats.DisclosureControl;
import org.junit.jupiter.api.Test;

/** The streaming statistics: counts per cell, mergeable, the same over parts as over the whole. */
class DatasetStatisticsTest {
  private static final List<Object> RECORDS =
      SampleDataset.of(SampleOptions.builder().seed(5).aantalCasussen(200).build()).records().map(SampleRecord::value).toList();

  @Test
  void countsEveryCaseOnceInEachTable() {
    DatasetStatistics statistics = new DatasetStatistics();
    RECORDS.forEach(statistics::accept);
    long casussen = RECORDS.stream().filter(Casus.class::isInstance).count();
    assertEquals(200, casussen);
    assertEquals(casussen, statistics.casussen());
    assertEquals(RECORDS.size(), statistics.records());
    assertEquals(casussen, statistics.perKernEnLeeftijd().total());
    assertEquals(casussen, statistics.perStatusEnToestemming().total());
    long anoniem = RECORDS.stream().filter(Casus.class::isInstance).map(Casus.class::cast).filter(Casus::isAnoniem).count();
    assertEquals(anoniem, statistics.perStatusEnToestemming().columnTotals().count("anoniem"));
    long besproken = RECORDS.stream().filter(Casus.class::isInstance).map(Casus.class::cast)
        .filter(c -> c.statusgeschiedenis().huidigeStatus() == Casusstatus.BESPROKEN).count();
    assertEquals(besproken, statistics.perStatusEnToestemming().rowTotals().count(Casusstatus.BESPROKEN));
  }

  @Test
  void mergingPartsGivesTheCountsOfTheWhole() {
    DatasetStatistics whole = new DatasetStatistics();
    RECORDS.forEach(whole::accept);
    DatasetStatistics first = new DatasetStatistics();
    DatasetStatistics second = new DatasetStatistics();
    int half = RECORDS.size() / 2;
    RECORDS.subList(0, half).forEach(first::accept);
    RECORDS.subList(half, RECORDS.size()).forEach(second::accept);
    first.merge(second);
    assertEquals(whole.records(), first.records());
    assertEquals(whole.overleggen(), first.overleggen());
    assertEquals(whole.perStatusEnToestemming(), first.perStatusEnToestemming());
    assertEquals(whole.perKernEnLeeftijd().rowTotals().counts().values().stream().sorted().toList(),
        first.perKernEnLeeftijd().rowTotals().counts().values().stream().sorted().toList());
    assertEquals(whole.tables(DisclosureControl.internalUseOnly()).get(1), first.tables(DisclosureControl.internalUseOnly()).get(1));
  }
}
