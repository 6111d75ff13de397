package nl.cjg.examples.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import nl.cjg.core.stats.audit.AuditResult;
import nl.cjg.core.stats.audit.Finding;
import nl.cjg.core.stats.audit.TableAudit;
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
    mixinStandardHelpOptions = true,
    description = "Controleer een gepubliceerde tabel (CSV, ;-gescheiden): totalen en percentages die niet kloppen.")
final class AuditCommand implements Callable<Integer> {
  @ParentCommand private Cjg cjg;

  @Parameters(paramLabel = "TABLE.csv", description = "De tabel als CSV-bestand, of - voor standaardinvoer.")
  private String table;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (standaard) of json (precies AuditResult.toJson()).",
      defaultValue = "text")
  private Format format;

  @Override
  public Integer call() {
    if (format == Format.csv) {
      throw new CliException("--format csv is not offered for audit; use text or json");
    }
    byte[] csv = Inputs.readAll(table, cjg.terminal(), TableCsv.MAX_BYTES);
    AuditResult result;
    try {
      result = TableAudit.auditCsv(csv);
    } catch (TableFormatException e) {
      throw new CliException(table + ": " + e.getMessage(), e);
    }
    PrintStream out = cjg.terminal().out();
    if (format == Format.json) {
      out.println(result.toJson());
    } else {
      print(result, out);
    }
    return result.isConsistent() ? ExitCodes.OK : ExitCodes.DATA_PROBLEMS;
  }

  private void print(AuditResult result, PrintStream out) {
    if (result.isConsistent()) {
      out.println(table + ": consistent, every total and percentage adds up");
      return;
    }
    for (Finding finding : result.findings()) {
      out.println(describe(table, finding));
    }
  }

  /** One finding as a line: where, what kind, the stated and the expected value. */
  static String describe(String table, Finding finding) {
    return table + ":" + finding.line() + ":" + finding.columnNumber() + ": row '" + finding.row() + "', column '"
        + finding.column() + "': " + finding.kind().jsonName() + " states " + finding.stated().toPlainString()
        + ", expected " + finding.expected().toPlainString();
  }
}
