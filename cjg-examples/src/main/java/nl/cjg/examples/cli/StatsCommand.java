package nl.cjg.examples.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import nl.cjg.core.stats.DisclosureControl;
import nl.cjg.examples.demo.DatasetStatistics;
import nl.cjg.examples.demo.FirstOccurrence;
import nl.cjg.examples.demo.NamedTable;
import nl.cjg.json.DatasetRecords;
import nl.cjg.json.RecordResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
    mixinStandardHelpOptions = true)
final class StatsCommand implements Callable<Integer> {
  @ParentCommand private Cjg cjg;

  @Parameters(paramLabel = "FILE", descriptionKey = "dataset")
  private String file;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
  private Format format;

  @Option(names = "--suppress", paramLabel = "N", defaultValue = "" + DisclosureControl.DEFAULT_THRESHOLD)
  private int suppress;

  @Option(names = "--internal-use-only")
  private boolean internalUseOnly;

  @Mixin private ThreadsOption threads;

  @Override
  public Integer call() {
    if (suppress < 1) {
      throw CliException.of("stats.suppress");
    }
    DisclosureControl control =
        internalUseOnly ? DisclosureControl.internalUseOnly() : DisclosureControl.builder().threshold(suppress).build();
    DatasetStatistics statistics;
    long bad = 0;
    FirstOccurrence once = new FirstOccurrence();
    long read = 0;
    try (DatasetRecords records = Inputs.openDataset(file, cjg, threads.threads())) {
      statistics = new DatasetStatistics(records.header().value().orElseThrow().peildatum());
      while (records.hasNext()) {
        RecordResult<Object> record = records.next();
        read++;
        if (record.value().isPresent()) {
          if (once.first(record.value().get())) {
            statistics.accept(record.value().get());
          }
        } else {
          bad++;
        }
      }
    } catch (UncheckedIOException e) {
      throw CliException.of(e, "error.unreadable", file);
    }
    List<NamedTable> tables = statistics.tables(control);
    PrintStream out = cjg.terminal().out();
    switch (format) {
      case json -> out.println(Tables.json(tables));
      case csv -> out.print(Tables.csv(tables));
      default -> out.print(Tables.text(tables));
    }
    Messages messages = cjg.messages();
    cjg.summary()
        .read(file, messages.text("count.records", read))
        .wrote("", messages.text("count.tables", tables.size()))
        .refused(bad, messages.text("count.notCounted", bad))
        .refused(once.duplicates(), messages.text("count.duplicates", once.duplicates()));
    return bad > 0 ? ExitCodes.DATA_PROBLEMS : ExitCodes.OK;
  }
}
