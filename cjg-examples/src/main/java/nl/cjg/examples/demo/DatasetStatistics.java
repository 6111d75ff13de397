package nl.cjg.examples.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.stats.CrossTable;
import nl.cjg.core.stats.DisclosureControl;
import nl.cjg.core.stats.table.PublishedTable;
import nl.cjg.core.stats.operational.CaseFigures.Bespreekvorm;
import nl.cjg.core.stats.operational.CaseFigures;
import nl.cjg.core.stats.operational.OperationalFigures;

/**
 * The statistics of a dataset, counted record by record in constant memory by the core's
 * {@link OperationalFigures} (a count per cell; the records are not kept): cases per kern and CJG
 * age band, cases per status and consent, and the number of case meetings. Feed it with
 * {@link #accept}, then take the {@link #tables} for publication.
 *
 * <p>Records are handed to the core in batches of {@value #BATCH}. Not thread-safe: one instance
 * per stream. Two instances over parts of a dataset can be combined with {@link #merge}.
 */
public final class DatasetStatistics {
  /** The row or column of a case whose kern or age is not given. */
  public static final String ONBEKEND = CaseFigures.ONBEKEND;

  /** The number of records counted at once. */
  static final int BATCH = 1024;

  private final List<Object> batch = new ArrayList<>();
  private OperationalFigures figures;
  private long records;

  /**
   * An empty count, with the cases counted by the kernen of Bergen and the CJG age bands.
   *
   * @param peildatum the day the dataset describes, from its header
   */
  public DatasetStatistics(LocalDate peildatum) {
    this.figures = OperationalFigures.bergen(peildatum);
  }

  /**
   * Counts one record of a dataset; records that are not cases or meetings count only as records.
   *
   * @param record a value of the model
   */
  public void accept(Object record) {
    records++;
    batch.add(record);
    if (batch.size() == BATCH) {
      flush();
    }
  }

  /**
   * Adds the counts of another instance to this one.
   *
   * @param other counts over other records, with the same peildatum
   * @return this instance
   */
  public DatasetStatistics merge(DatasetStatistics other) {
    figures = figures().merge(other.figures());
    records += other.records;
    return this;
  }

  /** Everything counted so far, as the core's figures. */
  public OperationalFigures figures() {
    flush();
    return figures;
  }

  /** The number of records counted. */
  public long records() {
    return records;
  }

  /** The number of cases counted. */
  public long casussen() {
    return figures().cases().aantal();
  }

  /** The number of case meetings counted. */
  public long overleggen() {
    return figures().meetings().overleggen();
  }

  /**
   * Cases per kern and CJG age band, with an {@link #ONBEKEND} column; only the kernen (and the
   * {@link #ONBEKEND} row) with cases, in the order of the kernen of Bergen.
   */
  public CrossTable<String, String> perKernEnLeeftijd() {
    CrossTable<String, String> all = figures().cases().byKernAndLeeftijdsgroep();
    List<String> kernen = all.rowCategories().stream().filter(kern -> all.row(kern).total() > 0).toList();
    long[][] counts = new long[kernen.size()][];
    for (int r = 0; r < kernen.size(); r++) {
      String kern = kernen.get(r);
      counts[r] = all.columnCategories().stream().mapToLong(band -> all.count(kern, band)).toArray();
    }
    return CrossTable.of(kernen, all.columnCategories(), counts);
  }

  /** Cases per current status and consent. */
  public CrossTable<Casusstatus, Bespreekvorm> byStatusAndBespreekvorm() {
    return figures().cases().byStatusAndBespreekvorm();
  }

  /**
   * The tables for publication, protected together by {@code control} as the core publishes them
   * ({@link OperationalFigures#publish(DisclosureControl)}): no withheld small count can be narrowed
   * below its protection interval from these tables, nor from the core's other tables of the same
   * records.
   *
   * @param control the disclosure control ({@link DisclosureControl#standard()} for publication)
   * @return the tables, in a fixed order
   */
  public List<NamedTable> tables(DisclosureControl control) {
    Map<String, PublishedTable> all = figures().publish(control);
    String perKern = "Casussen per kern en leeftijdsgroep";
    String perStatus = "Casussen per status en toestemming";
    return List.of(new NamedTable(perKern, all.get(perKern)), new NamedTable(perStatus, all.get(perStatus)));
  }

  private void flush() {
    if (!batch.isEmpty()) {
      figures = figures.addAll(batch);
      batch.clear();
    }
  }
}
