package nl.cjg.examples.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.cjg.core.stats.audit.AuditResult;
import nl.cjg.core.stats.audit.Finding;
import nl.cjg.core.stats.table.Cell;
import nl.cjg.core.stats.table.PublishedTable;
import nl.cjg.core.stats.table.TableConventions;
import nl.cjg.core.stats.table.TableRow;
import nl.cjg.examples.report.Section;
import nl.cjg.examples.report.Table;
import nl.cjg.examples.report.Texts;

/**
 * Published tables and their audit as report content, shared by the demo's report and the report
 * of a dataset: cells in the report's number format, suppressed cells as published, and each audit
 * finding worded as a discrepancy between what the table states and what its other cells give.
 */
final class PublishedTables {
  private PublishedTables() {}

  /** A table with the outcome of its audit, and where the table comes from (empty when it is computed here). */
  record Audited(String titel, String bron, AuditResult resultaat) {
    static Audited of(AuditedTable table) {
      return new Audited(table.tabel().titel(), table.tabel().bron(), table.resultaat());
    }
  }

  /** The table with its cells written as the report's language writes numbers. */
  static Table table(PublishedTable published, Texts texts) {
    List<List<String>> rows = new ArrayList<>();
    for (TableRow row : published.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(row.label());
      row.cells().forEach(cell -> cells.add(text(cell, texts)));
      rows.add(cells);
    }
    return new Table(published.headers(), rows);
  }

  /** A cell as published: its value in the report's number format, the suppression mark, or empty. */
  static String text(Cell cell, Texts texts) {
    if (cell.isSuppressed()) {
      return TableConventions.SUPPRESSED_MARK;
    }
    return cell.value().map(texts::number).orElse("");
  }

  /** The demo's audit of the tables of the werkplan. */
  static Section audit(String id, List<AuditedTable> audits, Texts texts) {
    List<Audited> tables = audits.stream().map(Audited::of).toList();
    long consistent = tables.stream().filter(table -> table.resultaat().isConsistent()).count();
    return audit(id, texts.text("audit.demo.title"), tables, texts,
        texts.text("audit.demo.text", texts.number(tables.size()), texts.number(consistent)));
  }

  /**
   * The findings of audited tables as one section: per finding the table, the cell, what the table
   * states, what its other cells give, and which cells are the candidates for the error.
   */
  static Section audit(String id, String title, List<Audited> tables, Texts texts, String explanation) {
    List<List<String>> rows = new ArrayList<>();
    for (Audited audited : tables) {
      String tabel = audited.bron().isEmpty() ? audited.titel() : texts.text("audit.tabelBron", audited.titel(), audited.bron());
      for (Finding finding : audited.resultaat().findings()) {
        rows.add(List.of(tabel, texts.text("audit.cel", finding.row(), finding.column()), texts.number(finding.stated()),
            texts.number(finding.expected()), texts.text("audit.kind." + finding.kind().name())));
      }
    }
    if (rows.isEmpty()) {
      return new Section(id, title, List.of(explanation, texts.text("audit.none")), Optional.empty(), Optional.empty());
    }
    Table table = new Table(List.of(texts.text("audit.headers").split("\\|")), rows);
    return new Section(id, title, List.of(explanation, texts.text("audit.howToRead")), Optional.empty(), Optional.of(table));
  }
}
