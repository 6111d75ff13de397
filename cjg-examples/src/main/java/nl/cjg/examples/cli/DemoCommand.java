package nl.cjg.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nl.cjg.core.stats.audit.Finding;
import nl.cjg.examples.demo.AuditedTable;
import nl.cjg.examples.demo.Demo;
import nl.cjg.examples.demo.DemoResult;
import nl.cjg.examples.demo.NamedTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cjg demo}: the whole library on the Bergen reference data, without configuration (see
 * {@link Demo}). Writes {@code DIR/report.html} and the generated sample, and prints a short
 * summary. The findings of the source tables' audit are part of the demonstration: the demo exits
 * with 1 only when the reference data or the generated sample break a rule.
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
    DemoResult result;
    try {
      result = Demo.run(out);
    } catch (IOException e) {
      throw new CliException(out + ": cannot write the demo's files there", e);
    }
    PrintStream print = cjg.terminal().out();
    print.println("CJG demo: Bergen reference data and a generated sample (seed " + result.seed() + ", peildatum "
        + result.peildatum() + ")");
    print.println("  reference dataset   " + result.referentieRecords() + " records: population, partner map, offerings,"
        + " werkplan, plan van aanpak, communicatieplan, pilot");
    print.println("  generated sample    " + result.steekproefRecords() + " records, " + result.steekproefCasussen()
        + " casussen, " + result.steekproefOverleggen() + " casusoverleggen, written to " + out.resolve(Demo.STEEKPROEF));
    print.println("  validation          " + (result.overtredingen() == 0 ? "no violations"
        : result.overtredingen() + " violations: " + result.overtredingenPerRegel()));
    print.println("  routing             " + result.routering().entrySet().stream()
        .map(level -> level.getKey() + " " + level.getValue()).collect(Collectors.joining(", ")));
    long suppressed = result.statistieken().stream().mapToLong(DemoCommand::suppressed).sum();
    print.println("  statistics          " + result.statistieken().size() + " tables for publication, " + suppressed
        + " small cells suppressed");
    List<AuditedTable> withFindings = result.audits().stream().filter(a -> !a.resultaat().isConsistent()).toList();
    print.println("  audit of sources    " + result.audits().size() + " tables, " + (result.audits().size() - withFindings.size())
        + " consistent, " + withFindings.size() + " with findings, e.g.");
    withFindings.stream().limit(3).forEach(audit -> {
      Finding finding = audit.resultaat().findings().get(0);
      print.println("                      " + audit.tabel().bestand() + ": " + finding.row() + " / " + finding.column() + ": "
          + finding.stated().toPlainString() + " should be " + finding.expected().toPlainString());
    });
    print.println("  report              " + out.resolve(Demo.REPORT));
    return result.overtredingen() == 0 ? ExitCodes.OK : ExitCodes.DATA_PROBLEMS;
  }

  private static long suppressed(NamedTable table) {
    return table.tabel().rows().stream().flatMap(row -> row.cells().stream()).filter(cell -> cell.isSuppressed()).count();
  }
}
