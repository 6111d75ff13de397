package nl.cjg.core.stats.operational;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.privacy.Onderzoeksexport;
import nl.cjg.core.privacy.Pseudonimisering;
import nl.cjg.core.sample.SampleDataset;
import nl.cjg.core.sample.SampleOptions;
import nl.cjg.core.sample.SampleRecord;
import nl.cjg.core.stats.DisclosureControl;
import nl.cjg.core.stats.audit.TableAttack;
import nl.cjg.core.stats.operational.OperationalFigures.OperationalCollectors;
import nl.cjg.core.stats.table.PublishedTable;
import nl.cjg.core.stats.table.TableConventions;
import org.junit.jupiter.api.Test;

/**
 * The tables of one dataset are attacked together, linked where they state the same figure: the
 * number of cases in each case table and as requests, the cases redirected in two tables.
 */
class LinkedTablesTest {
  @Test
  void theTablesOfGeneratedDatasetsGiveNothingAwayTogether() {
    int withheld = 0;
    for (int cases : new int[] {60, 300, 2000}) {
      SampleDataset dataset = SampleDataset.of(SampleOptions.builder().seed(cases).aantalCasussen(cases).build());
      OperationalFigures figures =
          dataset.records().map(SampleRecord::value).collect(OperationalCollectors.dataset(OperationalFigures.bergen(dataset.peildatum())));
      withheld += assertProtectedTogether(figures);
    }
    assertTrue(withheld > 0, "the datasets have small counts to protect");
  }

  @Test
  void theTablesOfAResearchExportGiveNothingAwayTogether() {
    SampleDataset dataset = SampleDataset.of(SampleOptions.builder().seed(16).aantalCasussen(120).build());
    Onderzoeksexport export = Onderzoeksexport.of(Pseudonimisering.of(new byte[Pseudonimisering.MIN_KEY_BYTES], "onderzoek"));
    OperationalFigures figures = export.records(dataset.records().map(SampleRecord::value))
        .collect(OperationalCollectors.dataset(OperationalFigures.bergen(dataset.peildatum())));
    assertTrue(assertProtectedTogether(figures) > 0);
  }

  private static int assertProtectedTogether(OperationalFigures figures) {
    Map<String, PublishedTable> published = figures.publish();
    List<String> titles = List.of(
        CaseFigures.PER_KERN, CaseFigures.PER_STATUS, CaseFigures.IN_VERWIJSINDEX, "Casusoverleggen");
    List<PublishedTable> tables = new ArrayList<>();
    titles.forEach(title -> tables.add(published.get(title)));
    String total = TableConventions.TOTAL;
    TableAttack attack = TableAttack.on(tables)
        .link(0, total, total, 1, total, total)
        .link(0, total, total, 2, total, "Aantal")
        .link(0, total, total, 3, "Aanvragen", "Waarde")
        .link(1, Labels.of(Casusstatus.DOORVERWEZEN), total, 3, "Doorverwezen", "Waarde");
    Map<String, PublishedTable> truth = figures.publish(DisclosureControl.internalUseOnly());
    List<TableAttack.Bound> bounds = attack.bounds();
    for (TableAttack.Bound bound : bounds) {
      PublishedTable whole = truth.get(titles.get(bound.table()));
      long value = value(whole, bound.row(), bound.column());
      assertFalse(bound.isExact(), "withheld and still known: " + bound);
      if (DisclosureControl.standard().isSensitive(value)) {
        assertTrue(bound.covers(0, DisclosureControl.DEFAULT_THRESHOLD), value + " narrowed to " + bound);
      }
    }
    return bounds.size();
  }

  private static long value(PublishedTable table, String row, String column) {
    int c = table.headers().indexOf(column) - 1;
    return table.rows().stream().filter(r -> r.label().equals(row)).findFirst().orElseThrow()
        .cells().get(c).value().orElseThrow().longValueExact();
  }
}
