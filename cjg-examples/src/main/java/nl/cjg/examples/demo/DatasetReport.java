package nl.cjg.examples.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.casus.Afspraak;
import nl.cjg.core.casus.Gezinsplan;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.stats.DisclosureControl;
import nl.cjg.core.stats.audit.TableAudit;
import nl.cjg.core.stats.table.Cell;
import nl.cjg.core.stats.table.PublishedTable;
import nl.cjg.core.stats.table.TableConventions;
import nl.cjg.core.stats.table.TableRow;
import nl.cjg.examples.report.Chart;
import nl.cjg.examples.report.Charts;
import nl.cjg.examples.report.Report;
import nl.cjg.examples.report.Section;
import nl.cjg.examples.report.Table;
import nl.cjg.examples.report.Texts;
import nl.cjg.json.DatasetHeader;
import nl.cjg.json.DatasetRecords;
import nl.cjg.json.RecordResult;

/**
 * The report of a municipality's own dataset, for publication: every table the core publishes
 * from it ({@link nl.cjg.core.stats.operational.OperationalFigures#publish(DisclosureControl)}:
 * cases, case meetings, planning, work-plan progress, population) with disclosure control, a chart
 * beside each table of counts, the agreements of the case meetings and family plans, the rates its
 * offerings publish with their audit and source, the assumptions its reference records mark
 * ({@link Aannames}), the audit of the published tables, and a validation summary that counts
 * problems per rule and shows no record.
 *
 * <p>{@link #read} counts a dataset record by record in constant memory (records are not kept);
 * {@link #report} then builds the report in a language. Records with problems are counted per rule
 * and left out of the figures. Not thread-safe while reading; the report itself is immutable.
 */
public final class DatasetReport {
  /** The label header of the core's tables of key figures ({@code Kengetal | Waarde}), which are not charted. */
  private static final String KEY_FIGURES = "Kengetal";

  private final DatasetHeader header;
  private final DatasetStatistics statistics;
  private final Map<String, Long> problemsPerRule = new TreeMap<>();
  private final Map<Afspraak.Status, long[]> agreements = new EnumMap<>(Afspraak.Status.class);
  private final FirstOccurrence once = new FirstOccurrence();
  private final List<Aanbod> aanbod = new ArrayList<>();
  private final List<Aannames.Aanname> aannames = new ArrayList<>();
  private long refused;

  private DatasetReport(DatasetHeader header) {
    this.header = header;
    this.statistics = new DatasetStatistics(header.peildatum());
    for (Afspraak.Status status : Afspraak.Status.values()) {
      agreements.put(status, new long[2]);
    }
  }

  /**
   * Reads a dataset to its end and counts what the report shows.
   *
   * @param records the dataset, its header valid
   * @return the counts
   * @throws IllegalArgumentException when the dataset's header is not valid
   * @throws java.io.UncheckedIOException when the dataset cannot be read
   */
  public static DatasetReport read(DatasetRecords records) {
    DatasetHeader header = records.header().value()
        .orElseThrow(() -> new IllegalArgumentException("a dataset needs a valid header for its report"));
    DatasetReport report = new DatasetReport(header);
    while (records.hasNext()) {
      report.accept(records.next());
    }
    records.datasetProblems().forEach(problem -> report.problemsPerRule.merge(problem.code(), 1L, Long::sum));
    return report;
  }

  private void accept(RecordResult<Object> record) {
    record.problems().forEach(problem -> problemsPerRule.merge(problem.code(), 1L, Long::sum));
    Optional<Object> value = record.isValid() ? record.value() : Optional.empty();
    if (value.isEmpty()) {
      refused++;
      return;
    }
    if (!once.first(value.get())) {
      return;
    }
    statistics.accept(value.get());
    aannames.addAll(Aannames.of(value.get()));
    if (value.get() instanceof Aanbod offering) {
      aanbod.add(offering);
    } else if (value.get() instanceof Casusoverleg overleg) {
      overleg.afsprakenlijst().forEach(afspraak -> agreements.get(afspraak.status())[0]++);
    } else if (value.get() instanceof Gezinsplan plan) {
      plan.afspraken().forEach(afspraak -> agreements.get(afspraak.status())[1]++);
    }
  }

  /** The number of records read, with and without problems. */
  public long records() {
    return statistics.records() + refused;
  }

  /**
   * The number of cases and partners counted once because the dataset holds them twice (rules
   * DATASET-003 and DATASET-004).
   */
  public long duplicates() {
    return once.duplicates();
  }

  /** The number of records left out of the figures because they have problems. */
  public long refused() {
    return refused;
  }

  /** The number of problems per rule id (or reading problem code), in the order of the ids. */
  public Map<String, Long> problemsPerRule() {
    return Collections.unmodifiableMap(problemsPerRule);
  }

  /**
   * The report.
   *
   * @param control the disclosure control of the published tables
   * @param texts the report's language
   * @return the report, ready for {@link nl.cjg.examples.report.HtmlReport}
   */
  public Report report(DisclosureControl control, Texts texts) {
    Map<String, PublishedTable> tables = statistics.figures().publish(control);
    List<Section> sections = new ArrayList<>();
    int index = 0;
    for (Map.Entry<String, PublishedTable> table : tables.entrySet()) {
      sections.add(published("tabel-" + ++index, table.getKey(), table.getValue(), texts));
    }
    sections.add(afspraken(texts));
    if (ReferenceSections.publishesRates(aanbod)) {
      sections.add(ReferenceSections.rates("percentages", aanbod, texts));
    }
    if (!aannames.isEmpty()) {
      sections.add(ReferenceSections.assumptions("aannames", aannames, texts));
    }
    sections.add(audit(tables, texts));
    sections.add(validatie(texts));
    String gemeente = header.gemeente().value();
    String suppressed = control.equals(DisclosureControl.internalUseOnly())
        ? texts.text("dataset.intro.internal")
        : texts.text("dataset.intro.suppressed", TableConventions.SUPPRESSED_MARK);
    return new Report(
        texts.text("dataset.title", gemeente, texts.date(header.peildatum())),
        List.of(
            texts.text("dataset.intro", gemeente, texts.date(header.peildatum()), texts.number(records()),
                texts.number(statistics.casussen()), texts.number(statistics.overleggen())),
            suppressed),
        sections);
  }

  /** A published table, with a chart of its counts when it has a column to chart with two or more values, not all 0. */
  private static Section published(String id, String title, PublishedTable published, Texts texts) {
    Table table = PublishedTables.table(published, texts);
    String explanation = texts.text("statistiek.text", TableConventions.SUPPRESSED_MARK);
    Optional<Integer> column = chartColumn(published);
    if (column.isEmpty()) {
      return Section.withTable(id, title, table, explanation);
    }
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    for (TableRow row : published.rows()) {
      Cell cell = row.cells().get(column.get());
      if (!TableConventions.isTotalRow(row.label()) && cell.isValue()) {
        values.put(row.label(), cell.value().orElseThrow());
      }
    }
    if (values.size() < 2 || values.values().stream().allMatch(value -> value.signum() == 0)) {
      return Section.withTable(id, title, table, explanation);
    }
    String header = published.dataHeader(column.get());
    Chart chart = Charts.bars(id, title, published.headers().get(0), header, values, texts);
    return Section.withChart(id, title, chart, table, explanation, texts.text("dataset.chart.text", header));
  }

  /**
   * The column a chart shows: the {@code Totaal} column, else the only count column; none for a
   * table of key figures, whose values have different units.
   */
  private static Optional<Integer> chartColumn(PublishedTable table) {
    List<Integer> counts = new ArrayList<>();
    for (int column = 0; column < table.dataColumnCount(); column++) {
      String header = table.dataHeader(column);
      if (TableConventions.isTotalColumn(header)) {
        return Optional.of(column);
      }
      if (!TableConventions.isPercentageColumn(header)) {
        counts.add(column);
      }
    }
    boolean keyFigures = table.headers().get(0).equals(KEY_FIGURES);
    return counts.size() == 1 && !keyFigures ? Optional.of(counts.get(0)) : Optional.empty();
  }

  private Section afspraken(Texts texts) {
    List<List<String>> rows = new ArrayList<>();
    long[] totals = new long[2];
    agreements.forEach((status, counts) -> {
      rows.add(List.of(texts.text("afspraak." + status.name()), texts.number(counts[0]), texts.number(counts[1]),
          texts.number(counts[0] + counts[1])));
      totals[0] += counts[0];
      totals[1] += counts[1];
    });
    rows.add(List.of(texts.text("table.total"), texts.number(totals[0]), texts.number(totals[1]), texts.number(totals[0] + totals[1])));
    Table table = new Table(List.of(texts.text("dataset.afspraken.headers").split("\\|")), rows);
    return Section.withTable("afspraken", texts.text("dataset.afspraken.title"), table, texts.text("dataset.afspraken.text"));
  }

  private static Section audit(Map<String, PublishedTable> tables, Texts texts) {
    List<PublishedTables.Audited> audited = new ArrayList<>();
    tables.forEach((title, table) -> audited.add(new PublishedTables.Audited(title, "", TableAudit.audit(table))));
    long consistent = audited.stream().filter(table -> table.resultaat().isConsistent()).count();
    return PublishedTables.audit("audit-tabellen", texts.text("audit.dataset.title"), audited, texts,
        texts.text("audit.dataset.text", texts.number(audited.size()), texts.number(consistent)));
  }

  private Section validatie(Texts texts) {
    List<List<String>> rows = new ArrayList<>();
    problemsPerRule.forEach((rule, count) -> rows.add(List.of(rule, texts.number(count))));
    String summary = texts.text("dataset.validatie.text", texts.number(records()), texts.number(refused))
        + " " + texts.text(rows.isEmpty() ? "validatie.geen" : "validatie.perRegel");
    String rules = texts.text("validatie.regels");
    if (rows.isEmpty()) {
      return Section.text("validatie", texts.text("validatie.title"), summary, rules);
    }
    Table table = new Table(List.of(texts.text("validatie.headers").split("\\|")), rows);
    return Section.withTable("validatie", texts.text("validatie.title"), table, summary, rules);
  }
}
