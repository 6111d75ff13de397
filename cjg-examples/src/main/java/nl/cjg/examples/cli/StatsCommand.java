package nl.cjg.examples.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import nl.cjg.core.stats.DisclosureControl;
import nl.cjg.examples.demo.DatasetStatistics;
import nl.cjg.examples.demo.NamedTable;
import nl.cjg.json.DatasetRecords;
import nl.cjg.json.RecordResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cjg stats FILE}: the statistics tables of a dataset, read record by record in constant
 * memory, with disclosure control on by default. Records with problems are not counted; their
 * number goes to standard error and the exit code is 1.
 */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "De statistiektabellen van een dataset, met onthullingscontrole (kleine aantallen onderdrukt).")
final class StatsCommand implements Callable<Integer> {
  @ParentCommand private Cjg cjg;

  @Parameters(paramLabel = "FILE", description = "De dataset (JSON Lines), of - voor standaardinvoer.")
  private String file;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (standaard), json of csv.", defaultValue = "text")
  private Format format;

  @Option(
      names = "--suppress",
      paramLabel = "N",
      description = "Onderdruk aantallen kleiner dan N (standaard " + DisclosureControl.DEFAULT_THRESHOLD
          + ", minstens 1), en zoveel andere cellen dat niemand ze kan terugrekenen.",
      defaultValue = "" + DisclosureControl.DEFAULT_THRESHOLD)
  private int suppress;

  @Option(
      names = "--internal-use-only",
      description = "Zet de onthullingscontrole uit: alleen voor tabellen die binnen de organisatie blijven.")
  private boolean internalUseOnly;

  @Override
  public Integer call() {
    if (suppress < 1) {
      throw new CliException("--suppress must be 1 or more; to switch disclosure control off for tables that stay"
          + " inside the organisation, use --internal-use-only");
    }
    DisclosureControl control =
        internalUseOnly ? DisclosureControl.internalUseOnly() : DisclosureControl.builder().threshold(suppress).build();
    DatasetStatistics statistics;
    long bad = 0;
    FirstOccurrence once = new FirstOccurrence();
    try (DatasetRecords records = Inputs.openDataset(file, cjg.terminal())) {
      statistics = new DatasetStatistics(records.header().value().orElseThrow().peildatum());
      while (records.hasNext()) {
        RecordResult<Object> record = records.next();
        if (record.value().isPresent()) {
          if (once.first(record.value().get())) {
            statistics.accept(record.value().get());
          }
        } else {
          bad++;
        }
      }
    } catch (UncheckedIOException e) {
      throw new CliException(file + ": cannot be read", e);
    }
    List<NamedTable> tables = statistics.tables(control);
    PrintStream out = cjg.terminal().out();
    switch (format) {
      case json -> out.println(Tables.json(tables));
      case csv -> out.print(Tables.csv(tables));
      default -> out.print(Tables.text(tables));
    }
    once.report("cjg stats", file, cjg.terminal().err());
    if (bad > 0) {
      cjg.terminal().err().println("cjg stats: " + file + ": records with problems were not counted: " + bad + ";"
          + " see 'cjg validate'");
      return ExitCodes.DATA_PROBLEMS;
    }
    return ExitCodes.OK;
  }
}
