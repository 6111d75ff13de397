package nl.cjg.examples.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import nl.cjg.core.stats.audit.AuditResult;
import nl.cjg.core.stats.audit.Finding;
import nl.cjg.core.stats.audit.TableAudit;
import nl.cjg.core.stats.table.PublishedTable;
import nl.cjg.core.stats.table.TableCsv;
import nl.cjg.core.stats.table.TableFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cjg audit TABLE.csv}: checks a published table (totals that are not the sum of their parts,
 * percentages that do not follow from their counts) and names the cells that are wrong with the
 * value they should have. Exit 1 when there are findings.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true)
final class AuditCommand implements Callable<Integer> {
  @ParentCommand private Cjg cjg;

  @Parameters(paramLabel = "TABLE.csv", descriptionKey = "table")
  private String table;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
  private Format format;

  @Override
  public Integer call() {
    if (format == Format.csv) {
      throw CliException.of("error.noCsv", "audit");
    }
    byte[] csv = Inputs.readAll(table, cjg.terminal(), TableCsv.MAX_BYTES);
    PublishedTable published;
    AuditResult result;
    try {
      published = TableCsv.read(csv);
      result = TableAudit.audit(published);
    } catch (TableFormatException e) {
      throw CliException.of(e, "audit.notATable", table, e.getMessage());
    }
    PrintStream out = cjg.terminal().out();
    if (format == Format.json) {
      out.println(result.toJson());
    } else {
      print(result, out);
    }
    Messages messages = cjg.messages();
    cjg.summary()
        .read(table, messages.text("count.rows", published.rows().size()))
        .wrote("", messages.text("audit.written", result.findings().size(), result.uncheckedTotals().size()));
    return result.isConsistent() ? ExitCodes.OK : ExitCodes.DATA_PROBLEMS;
  }

  private void print(AuditResult result, PrintStream out) {
    Messages messages = cjg.messages();
    for (Finding finding : result.findings()) {
      out.println(describe(table, finding, messages));
    }
    for (AuditResult.Unchecked total : result.uncheckedTotals()) {
      out.println(table + ":" + total.line() + ":" + total.columnNumber() + ": "
          + messages.text("audit.unchecked", total.row(), total.column()));
    }
    if (result.isConsistent()) {
      out.println(table + ": " + messages.text(result.uncheckedTotals().isEmpty() ? "audit.consistent" : "audit.consistentExcept",
          result.uncheckedTotals().size()));
    }
  }

  /** One finding as a line: where, what kind, the stated and the expected value. */
  static String describe(String table, Finding finding, Messages messages) {
    return table + ":" + finding.line() + ":" + finding.columnNumber() + ": "
        + messages.text("audit.finding", finding.row(), finding.column(), messages.text("audit.kind." + finding.kind().jsonName()),
            finding.stated().toPlainString(), finding.expected().toPlainString());
  }
}
