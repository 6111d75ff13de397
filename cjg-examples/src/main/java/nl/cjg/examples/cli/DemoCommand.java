package nl.cjg.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nl.cjg.core.routing.Niveau;
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
 * summary in the run's language. The findings of the source tables' audit are part of the demonstration: the demo exits
 * with 1 only when the reference data or the generated sample break a rule.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
  private static final List<String> LABELS = List.of("reference", "sample", "valid", "routing", "statistics", "audit", "report");

  @ParentCommand private Cjg cjg;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "cjg-demo")
  private Path out;

  @Override
  public Integer call() {
    DemoResult result;
    try {
      result = Demo.run(out, cjg.messages().locale());
    } catch (IOException e) {
      throw CliException.of(e, "demo.unwritable", out.toString());
    }
    Messages messages = cjg.messages();
    PrintStream print = cjg.terminal().out();
    int width = LABELS.stream().mapToInt(label -> messages.text("demo.label." + label).length()).max().orElse(0);
    String indent = " ".repeat(width + 3);
    print.println(messages.text("demo.title", String.valueOf(result.seed()), result.peildatum().toString()));
    print.println(item(messages, width, "reference", messages.text("demo.reference", result.referentieRecords())));
    print.println(item(messages, width, "sample", messages.text("demo.sample", result.steekproefRecords(), result.steekproefCasussen(),
        result.steekproefOverleggen(), out.resolve(Demo.STEEKPROEF).toString())));
    print.println(item(messages, width, "valid", result.overtredingen() == 0 ? messages.text("demo.valid")
        : messages.text("demo.violations", result.overtredingen(), result.overtredingenPerRegel().toString())));
    print.println(item(messages, width, "routing", result.routering().entrySet().stream()
        .map(level -> Niveau.fromCode(level.getKey()).map(niveau -> messages.label("niveau." + niveau.name(), niveau.code()))
            .orElse(level.getKey()) + " " + level.getValue())
        .collect(Collectors.joining(", "))));
    long suppressed = result.statistieken().stream().mapToLong(DemoCommand::suppressed).sum();
    print.println(item(messages, width, "statistics", messages.text("demo.statistics", result.statistieken().size(), suppressed)));
    List<AuditedTable> withFindings = result.audits().stream().filter(a -> !a.resultaat().isConsistent()).toList();
    print.println(item(messages, width, "audit",
        messages.text("demo.audit", result.audits().size(), result.audits().size() - withFindings.size(), withFindings.size())));
    withFindings.stream().limit(3).forEach(audit -> {
      Finding finding = audit.resultaat().findings().get(0);
      print.println(indent + messages.text("demo.finding", audit.tabel().bestand(), finding.row(), finding.column(),
          finding.stated().toPlainString(), finding.expected().toPlainString()));
    });
    print.println(item(messages, width, "report", messages.text("demo.report", out.resolve(Demo.REPORT).toString())));
    cjg.summary()
        .read(messages.text("demo.bergen"), messages.text("count.records", result.referentieRecords()))
        .wrote(out.resolve(Demo.STEEKPROEF).toString(), messages.text("count.records", result.steekproefRecords()))
        .wrote(out.resolve(Demo.REPORT).toString(), messages.text("demo.reportWritten"));
    return result.overtredingen() == 0 ? ExitCodes.OK : ExitCodes.DATA_PROBLEMS;
  }

  /** One line of the summary: its label, aligned, and its text. */
  private static String item(Messages messages, int width, String label, String text) {
    String name = messages.text("demo.label." + label);
    return "  " + name + " ".repeat(width - name.length() + 1) + text;
  }

  private static long suppressed(NamedTable table) {
    return table.tabel().rows().stream().flatMap(row -> row.cells().stream()).filter(cell -> cell.isSuppressed()).count();
  }
}
