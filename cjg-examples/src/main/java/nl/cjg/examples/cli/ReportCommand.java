package nl.cjg.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.cjg.core.stats.DisclosureControl;
import nl.cjg.examples.demo.DatasetReport;
import nl.cjg.examples.report.HtmlReport;
import nl.cjg.examples.report.Texts;
import nl.cjg.json.DatasetRecords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cjg report DATASET}: the HTML report of a municipality's own dataset (see
 * {@link DatasetReport}), written as {@code DIR/report.html}, one self-contained file to publish.
 * Disclosure control is always on. Records with problems are left out of the figures and counted in
 * the report's validation summary; their number goes to standard error and the exit code is 1.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {
  /** The file name of the report in the output directory. */
  static final String REPORT = "report.html";

  @ParentCommand private Cjg cjg;

  @Parameters(paramLabel = "DATASET", descriptionKey = "dataset")
  private String file;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "cjg-rapport")
  private Path out;

  @Option(names = "--suppress", paramLabel = "N", defaultValue = "" + DisclosureControl.DEFAULT_THRESHOLD)
  private int suppress;

  @Override
  public Integer call() {
    if (suppress < 1) {
      throw CliException.of("report.suppress");
    }
    DatasetReport counts;
    try (DatasetRecords records = Inputs.openDataset(file, cjg)) {
      counts = DatasetReport.read(records);
    } catch (UncheckedIOException e) {
      throw CliException.of(e, "error.unreadable", file);
    }
    Messages messages = cjg.messages();
    Texts texts = Texts.of(messages.locale());
    String html = HtmlReport.render(counts.report(DisclosureControl.builder().threshold(suppress).build(), texts), texts);
    Path report = out.resolve(REPORT);
    try {
      Files.createDirectories(out);
      Files.writeString(report, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw CliException.of(e, "error.unwritable", report.toString());
    }
    cjg.terminal().out().println(report);
    cjg.summary()
        .read(file, messages.text("count.records", counts.records()))
        .wrote(report.toString(), messages.text("report.written"))
        .refused(counts.refused(), messages.text("count.notCounted", counts.refused()))
        .refused(counts.duplicates(), messages.text("count.duplicates", counts.duplicates()));
    return counts.refused() > 0 ? ExitCodes.DATA_PROBLEMS : ExitCodes.OK;
  }
}
