package nl.cjg.core.stats.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import nl.cjg.core.stats.table.PublishedTable;
import nl.cjg.core.stats.table.TableConventions;
import nl.cjg.core.stats.table.TableCsv;
import nl.cjg.core.stats.table.TableFormatException;

/**
 * Checks a published table before it goes out, and says which cells are wrong and what they should
 * be.
 *
 * <p><b>Checks</b> (by the {@link TableConventions}): a {@code Totaal} column equals the sum of the
 * row's count columns; a total row equals, per count column, the sum of the rows above it up to
 * the previous total row (not a total row marked {@code (overlap)}, which is a base only); a cell
 * of a {@code %} column is its row's value in the nearest count column to its left as a percentage
 * of that column's total row ({@code %}: the first total row at or below the row), of a number
 * ({@code % of N}, {@code % van N}) or of another column in the same row ({@code % of NAME},
 * {@code % van NAME}, the name ignoring case; a column of that name wins over a number). A
 * stated value is right when it lies within half a unit of its last shown decimal of the exact
 * value: 25% for 7753 of 30985 (25.02%), 0.70% for 45 of 6464 (0.696%). Empty and suppressed
 * cells are not checked, nor is a percentage of a base of 0; a stated total with an empty or
 * suppressed part is named in {@link AuditResult#uncheckedTotals()}.
 *
 * <p><b>Localisation</b>: when changing one single cell would make every failing check pass
 * without breaking a passing one, that cell is reported (kind {@code cell}) with the value it
 * should have. A derived cell (a total or a percentage) is preferred; a count that others are
 * derived from is named only when no derived cell alone explains the failures. When no single cell
 * does, or two equally preferred cells would, each failing check is reported (kind {@code sum} or
 * {@code percentage}) with its expected value. A changed cell keeps its stated precision and stays
 * at or above 0 (above 0 where it is a base).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class TableAudit {
  private TableAudit() {}

  /**
   * Audits a table.
   *
   * @param table the table as published
   * @return the findings
   * @throws TableFormatException when the headers give a percentage column no valid base
   */
  public static AuditResult audit(PublishedTable table) {
    Layout layout = Layout.of(table);
    Function<CellRef, BigDecimal> values = cell -> table.cell(cell.row(), cell.column()).value().orElseThrow();
    List<AuditResult.Unchecked> unchecked = new ArrayList<>();
    for (CellRef cell : layout.uncheckedTotals()) {
      unchecked.add(AuditResult.Unchecked.builder()
          .row(table.rows().get(cell.row()).label())
          .column(table.dataHeader(cell.column()))
          .line(cell.row() + 2)
          .columnNumber(cell.column() + 2)
          .build());
    }
    return AuditResult.builder().addAllFindings(findings(table, layout, values)).addAllUncheckedTotals(unchecked).build();
  }

  private static List<Finding> findings(PublishedTable table, Layout layout, Function<CellRef, BigDecimal> values) {
    List<Check> failing = new ArrayList<>();
    for (Check check : layout.checks()) {
      if (check.evaluate(values) == Check.Outcome.FAIL) {
        failing.add(check);
      }
    }
    if (failing.isEmpty()) {
      return List.of();
    }
    Map<CellRef, BigDecimal> repairs = repairs(layout, failing, values);
    Map<CellRef, BigDecimal> derived = new LinkedHashMap<>();
    repairs.forEach((cell, value) -> {
      if (layout.isDerived(cell)) {
        derived.put(cell, value);
      }
    });
    Map<CellRef, BigDecimal> chosen = derived.isEmpty() ? repairs : derived;
    if (chosen.size() == 1) {
      Map.Entry<CellRef, BigDecimal> repair = chosen.entrySet().iterator().next();
      return List.of(finding(table, repair.getKey(), Finding.Kind.CELL, values.apply(repair.getKey()), repair.getValue()));
    }
    List<Finding> findings = new ArrayList<>();
    failing.sort(Comparator.comparing(Check::target));
    for (Check check : failing) {
      findings.add(finding(table, check.target(), check.kind(), values.apply(check.target()), check.expected(values)));
    }
    return findings;
  }

  /**
   * Reads a table from CSV (see {@link TableCsv}) and audits it.
   *
   * @param csv the bytes of a UTF-8 CSV file
   * @return the findings
   * @throws TableFormatException when the input is not a table, with its line and column
   */
  public static AuditResult auditCsv(byte[] csv) {
    return audit(TableCsv.read(csv));
  }

  /**
   * Reads a table from CSV text (see {@link TableCsv}) and audits it.
   *
   * @param csv the CSV text
   * @return the findings
   * @throws TableFormatException when the input is not a table, with its line and column
   */
  public static AuditResult auditCsv(String csv) {
    return audit(TableCsv.read(csv));
  }

  /**
   * The cells in every failing check that one change repairs, with the value to change them to:
   * all checks involving the cell must pass afterwards.
   */
  private static Map<CellRef, BigDecimal> repairs(
      Layout layout, List<Check> failing, Function<CellRef, BigDecimal> values) {
    TreeSet<CellRef> candidates = new TreeSet<>(failing.get(0).cells());
    for (Check check : failing) {
      candidates.retainAll(check.cells());
    }
    Map<CellRef, BigDecimal> repairs = new LinkedHashMap<>();
    for (CellRef cell : candidates) {
      BigDecimal current = values.apply(cell);
      int scale = current.scale();
      Interval allowed = Interval.between(BigDecimal.ZERO, null, scale);
      List<Check> involving = new ArrayList<>();
      for (Check check : layout.checks()) {
        if (check.cells().contains(cell)) {
          involving.add(check);
          allowed = allowed.intersect(check.allowed(cell, values, scale));
        }
      }
      if (!allowed.isEmpty()) {
        repairs.put(cell, choose(cell, involving, allowed, values, current));
      }
    }
    return repairs;
  }

  /** The value a derived cell's own check gives when allowed; otherwise the allowed value nearest the stated one. */
  private static BigDecimal choose(
      CellRef cell, List<Check> involving, Interval allowed, Function<CellRef, BigDecimal> values, BigDecimal current) {
    for (Check check : involving) {
      if (check.target().equals(cell) && check.evaluate(values) != Check.Outcome.UNDEFINED) {
        BigDecimal natural = check.expected(values);
        if (allowed.contains(natural)) {
          return natural;
        }
      }
    }
    return allowed.clamp(current);
  }

  private static Finding finding(
      PublishedTable table, CellRef cell, Finding.Kind kind, BigDecimal stated, BigDecimal expected) {
    return Finding.builder()
        .row(table.rows().get(cell.row()).label())
        .column(table.dataHeader(cell.column()))
        .line(cell.row() + 2)
        .columnNumber(cell.column() + 2)
        .kind(kind)
        .stated(stated)
        .expected(expected)
        .build();
  }
}
