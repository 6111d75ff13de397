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
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Schrijf het HTML-rapport van een eigen dataset (DIR/report.html): de tabellen met onthullingscontrole,"
        + " figuren, kerncijfers, de controle van de tabellen en een samenvatting van de validatie.")
final class ReportCommand implements Callable<Integer> {
  /** The file name of the report in the output directory. */
  static final String REPORT = "report.html";

  @ParentCommand private Cjg cjg;

  @Parameters(paramLabel = "DATASET", description = "De dataset (JSON Lines), of - voor standaardinvoer.")
  private String file;

  @Option(names = "--out", paramLabel = "DIR", description = "De map voor report.html (standaard: cjg-rapport).",
      defaultValue = "cjg-rapport")
  private Path out;

  @Option(
      names = "--suppress",
      paramLabel = "N",
      description = "Onderdruk aantallen kleiner dan N (standaard " + DisclosureControl.DEFAULT_THRESHOLD + ", minstens 1).",
      defaultValue = "" + DisclosureControl.DEFAULT_THRESHOLD)
  private int suppress;

  @Override
  public Integer call() {
    if (suppress < 1) {
      throw new CliException("--suppress must be 1 or more: a report for publication always suppresses small counts");
    }
    DatasetReport counts;
    try (DatasetRecords records = Inputs.openDataset(file, cjg.terminal())) {
      counts = DatasetReport.read(records);
    } catch (UncheckedIOException e) {
      throw new CliException(file + ": cannot be read", e);
    }
    Texts texts = Texts.of(Texts.DUTCH);
    String html = HtmlReport.render(counts.report(DisclosureControl.builder().threshold(suppress).build(), texts), texts);
    Path report = out.resolve(REPORT);
    try {
      Files.createDirectories(out);
      Files.writeString(report, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException(out + ": cannot write the report there", e);
    }
    cjg.terminal().out().println(report);
    if (counts.refused() > 0) {
      cjg.terminal().err().println("cjg report: " + file + ": records with problems were not counted: " + counts.refused()
          + "; see 'cjg validate'");
      return ExitCodes.DATA_PROBLEMS;
    }
    return ExitCodes.OK;
  }
}
