package nl.cjg.examples.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Leeftijdsindelingen;
import nl.cjg.core.stats.CrossTable;
import nl.cjg.core.stats.DisclosureControl;

/**
 * The statistics of a dataset, counted record by record in constant memory (a count per cell; the
 * records are not kept): cases per kern and CJG age band, cases per status and consent, and the
 * number of case meetings. Feed it with {@link #accept}, then take the
 * {@link #tables} for publication.
 *
 * <p>Not thread-safe: one instance per stream. Two instances over parts of a dataset can be
 * combined with {@link #merge}.
 */
public final class DatasetStatistics {
  /** The row or column of a case whose kern or age is not given. */
  public static final String ONBEKEND = "onbekend";

  private static final List<Leeftijdsgroep> BANDS = Leeftijdsindelingen.CJG_LEEFTIJDSGROEPEN.groepen();
  private static final List<String> BAND_LABELS = bandLabels();
  private static final List<String> CONSENT = List.of("met toestemming", "anoniem");

  private final Map<String, long[]> perKern = new LinkedHashMap<>();
  private final long[][] perStatus = new long[Casusstatus.values().length][CONSENT.size()];
  private long casussen;
  private long overleggen;
  private long records;

  /** An empty count. */
  public DatasetStatistics() {}

  /**
   * Counts one record of a dataset; records that are not cases or meetings count only as records.
   *
   * @param record a value of the model
   */
  public void accept(Object record) {
    records++;
    if (record instanceof Casus casus) {
      count(casus);
    } else if (record instanceof Casusoverleg) {
      overleggen++;
    }
  }

  private void count(Casus casus) {
    casussen++;
    String kern = casus.kind().kern().map(Kern::naam).orElse(ONBEKEND);
    perKern.computeIfAbsent(kern, k -> new long[BAND_LABELS.size()])[band(casus)]++;
    perStatus[casus.statusgeschiedenis().huidigeStatus().ordinal()][casus.isAnoniem() ? 1 : 0]++;
  }

  private static int band(Casus casus) {
    return casus.leeftijdenKind()
        .map(leeftijden -> {
          for (int i = 0; i < BANDS.size(); i++) {
            if (leeftijden.ligtBinnen(BANDS.get(i))) {
              return i;
            }
          }
          return BANDS.size();
        })
        .orElse(BANDS.size());
  }

  /**
   * Adds the counts of another instance to this one.
   *
   * @param other counts over other records
   * @return this instance
   */
  public DatasetStatistics merge(DatasetStatistics other) {
    other.perKern.forEach((kern, counts) -> {
      long[] mine = perKern.computeIfAbsent(kern, k -> new long[BAND_LABELS.size()]);
      for (int i = 0; i < counts.length; i++) {
        mine[i] += counts[i];
      }
    });
    for (int s = 0; s < perStatus.length; s++) {
      for (int c = 0; c < CONSENT.size(); c++) {
        perStatus[s][c] += other.perStatus[s][c];
      }
    }
    casussen += other.casussen;
    overleggen += other.overleggen;
    records += other.records;
    return this;
  }

  /** The number of records counted. */
  public long records() {
    return records;
  }

  /** The number of cases counted. */
  public long casussen() {
    return casussen;
  }

  /** The number of case meetings counted. */
  public long overleggen() {
    return overleggen;
  }

  /** Cases per kern (in the order first seen) and CJG age band, with an {@link #ONBEKEND} column. */
  public CrossTable<String, String> perKernEnLeeftijd() {
    List<String> kernen = new ArrayList<>(perKern.keySet());
    long[][] counts = perKern.values().stream().map(long[]::clone).toArray(long[][]::new);
    return CrossTable.of(kernen, BAND_LABELS, counts);
  }

  /** Cases per current status and consent. */
  public CrossTable<Casusstatus, String> perStatusEnToestemming() {
    long[][] counts = Arrays.stream(perStatus).map(long[]::clone).toArray(long[][]::new);
    return CrossTable.of(List.of(Casusstatus.values()), CONSENT, counts);
  }

  /**
   * The tables for publication, each protected by {@code control}: small counts suppressed so that
   * they cannot be recomputed from the totals.
   *
   * @param control the disclosure control ({@link DisclosureControl#standard()} for publication)
   * @return the tables, in a fixed order
   */
  public List<NamedTable> tables(DisclosureControl control) {
    return List.of(
        new NamedTable(
            "Casussen per kern en leeftijdsgroep", perKernEnLeeftijd().publish("Kern", k -> k, b -> b, control)),
        new NamedTable(
            "Casussen per status en toestemming",
            perStatusEnToestemming().publish("Status", s -> s.name().toLowerCase(java.util.Locale.ROOT), c -> c, control)));
  }

  private static List<String> bandLabels() {
    List<String> labels = new ArrayList<>();
    BANDS.forEach(band -> labels.add(band.naam()));
    labels.add(ONBEKEND);
    return List.copyOf(labels);
  }
}
