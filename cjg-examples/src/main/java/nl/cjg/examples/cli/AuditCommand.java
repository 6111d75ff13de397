package nl.cjg.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.aanbod.Kengetal;
import nl.cjg.core.stats.audit.AuditResult;
import nl.cjg.core.stats.audit.Finding;
import nl.cjg.core.stats.audit.TableAudit;
import nl.cjg.core.stats.table.PublishedTable;
import nl.cjg.core.stats.table.TableCsv;
import nl.cjg.core.stats.table.TableFormatException;
import nl.cjg.examples.demo.ReferenceSections;
import nl.cjg.examples.report.Texts;
import nl.cjg.json.CjgJson;
import nl.cjg.json.CjgJsonReader;
import nl.cjg.json.DatasetRecords;
import nl.cjg.json.RecordResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cjg audit TABLE.csv}: checks a published table (totals that are not the sum of their parts,
 * percentages that do not follow from their counts) and names the cells that are wrong with the
 * value they should have. Exit 1 when there are findings.
 *
 * <p>{@code cjg audit --rates DATASET}: checks the rates the offerings of a dataset publish
 * ({@link TableAudit#rates}, {@link TableAudit#shares}): one line per rate with what its counts
 * allow, one per breakdown into shares. The dataset is read for its structure only, not its
 * business rules, so that a record whose rate breaks AANBOD-006 or AANBOD-007 is audited too. Exit 1 when a rate contradicts its counts or shares do not
 * add up.
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

  @Option(names = "--rates")
  private boolean rates;

  @Override
  public Integer call() {
    if (format == Format.csv) {
      throw CliException.of("error.noCsv", "audit");
    }
    if (rates) {
      return rates();
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

  /** The rates of a dataset's offerings, each line prefixed with the offering's line in the file. */
  private int rates() {
    Texts texts = Texts.of(cjg.messages().locale());
    PrintStream out = cjg.terminal().out();
    ObjectNode json = CjgJson.mapper().createObjectNode();
    ArrayNode rateNodes = json.putArray("rates");
    ArrayNode shareNodes = json.putArray("shares");
    long records = 0;
    long counted = 0;
    long wrong = 0;
    // Structure only: the business rules would refuse the very rates this audit is to report (AANBOD-006, AANBOD-007).
    CjgJsonReader reader = CjgJsonReader.builder().locale(cjg.messages().locale()).validate(false).build();
    try (DatasetRecords dataset = Inputs.openDataset(table, cjg, reader)) {
      while (dataset.hasNext()) {
        RecordResult<Object> record = dataset.next();
        records++;
        if (!(record.value().orElse(null) instanceof Aanbod aanbod)) {
          continue;
        }
        String where = table + ":" + record.line() + ": ";
        for (TableAudit.PublishedRate rate : TableAudit.rates(aanbod)) {
          counted++;
          boolean contradicts = rate.outcome() == TableAudit.PublishedRate.Outcome.CONTRADICTS;
          wrong += contradicts ? 1 : 0;
          if (format == Format.json) {
            rateNodes.add(json(rate, record.line()));
          } else {
            out.println(where + ReferenceSections.describe(rate, texts));
          }
        }
        for (TableAudit.ShareSum sum : TableAudit.shares(aanbod)) {
          counted++;
          wrong += sum.addsUp() ? 0 : 1;
          if (format == Format.json) {
            shareNodes.add(json(sum, record.line()));
          } else {
            out.println(where + ReferenceSections.describe(sum, texts));
          }
        }
      }
    } catch (UncheckedIOException e) {
      throw CliException.of(e, "error.unreadable", table);
    }
    if (format == Format.json) {
      json.put("consistent", wrong == 0);
      out.println(json.toString());
    }
    Messages messages = cjg.messages();
    cjg.summary()
        .read(table, messages.text("count.records", records))
        .wrote("", messages.text("audit.rates.written", counted, wrong));
    return wrong == 0 ? ExitCodes.OK : ExitCodes.DATA_PROBLEMS;
  }

  private static ObjectNode json(TableAudit.PublishedRate rate, long line) {
    ObjectNode node = CjgJson.mapper().createObjectNode();
    node.put("line", line).put("aanbod", rate.aanbod());
    rate.kengetal().omschrijving().ifPresent(omschrijving -> node.put("meting", omschrijving));
    node.put("wat", rate.percentage().wat()).put("soort", rate.percentage().soort().name())
        .put("waarde", rate.percentage().waarde()).put("outcome", rate.outcome().name());
    rate.teller().ifPresent(teller -> node.put("teller", teller));
    rate.noemer().ifPresent(noemer -> node.put("noemer", noemer));
    rate.expected().ifPresent(expected -> node.put("expected", expected));
    interval(node, "tellers", rate.tellers());
    interval(node, "noemers", rate.noemers());
    return node;
  }

  private static ObjectNode json(TableAudit.ShareSum sum, long line) {
    ObjectNode node = CjgJson.mapper().createObjectNode();
    node.put("line", line).put("aanbod", sum.aanbod());
    sum.kengetal().omschrijving().ifPresent(omschrijving -> node.put("meting", omschrijving));
    ArrayNode aandelen = node.putArray("aandelen");
    sum.aandelen().forEach(aandeel -> aandelen.addObject().put("wat", aandeel.wat()).put("waarde", aandeel.waarde()));
    node.put("sum", sum.sum()).put("tolerance", sum.tolerance());
    sum.kengetal().deelnemers().ifPresent(deelnemers -> node.put("deelnemers", deelnemers));
    interval(node, "mogelijkeDeelnemers", sum.deelnemers());
    return node.put("addsUp", sum.addsUp());
  }

  /** An interval as {@code [lowest, highest]}, {@code [lowest, null]} when open above, {@code []} when empty. */
  private static void interval(ObjectNode node, String name, Optional<Kengetal.Percentage.Interval> interval) {
    interval.ifPresent(values -> {
      ArrayNode array = node.putArray(name);
      if (!values.isEmpty()) {
        array.add(values.lowest());
        if (values.isBounded()) {
          array.add(values.highest());
        } else {
          array.addNull();
        }
      }
    });
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
