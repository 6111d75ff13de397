package nl.cjg.core.stats.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.aanbod.Kengetal;
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
 * <p><b>Published rates</b> ({@link #rates}, {@link #shares}): an offering's measures publish
 * percentages, often without the count or base they come from ({@link Kengetal.Percentage}). Each
 * is checked against the counts its measure has, read at its shown decimals as above: a rate with
 * both its count and base agrees or contradicts them (108.1% for 1467 contacts against a norm of
 * 1385, which give 105.9%); a rate with one of them admits an interval of the other (73% bereik of
 * 123 participants: a doelgroep of 168 to 169). The shares of one breakdown (logopedie 72 / 20 /
 * 8%) add up to 100% within their rounding, and to the participants where the measure has them.
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
   * Audits the rates an offering publishes, each against the counts of its measure ({@link
   * Kengetal#teller}, {@link Kengetal#noemer}).
   *
   * @param aanbod the offering
   * @return one audited rate per published percentage, in the order of the measures and their
   *     percentages
   */
  public static List<PublishedRate> rates(Aanbod aanbod) {
    List<PublishedRate> rates = new ArrayList<>();
    for (Kengetal kengetal : aanbod.kengetallen()) {
      for (Kengetal.Percentage percentage : kengetal.percentages()) {
        rates.add(rate(aanbod.naam(), kengetal, percentage));
      }
    }
    return rates;
  }

  private static PublishedRate rate(String aanbod, Kengetal kengetal, Kengetal.Percentage percentage) {
    Optional<Integer> teller = kengetal.teller(percentage.soort());
    Optional<Integer> noemer = kengetal.noemer(percentage.soort()).filter(n -> n > 0);
    Optional<Kengetal.Percentage.Interval> tellers = noemer.map(percentage::tellers);
    Optional<Kengetal.Percentage.Interval> noemers = teller.map(percentage::noemers);
    if (teller.isPresent() && noemer.isPresent()) {
      int scale = Math.max(0, percentage.waarde().scale());
      BigDecimal expected = BigDecimal.valueOf(100L * teller.get()).divide(BigDecimal.valueOf(noemer.get()), scale, RoundingMode.HALF_UP);
      PublishedRate.Outcome outcome =
          percentage.klopt(teller.get(), noemer.get()) ? PublishedRate.Outcome.AGREES : PublishedRate.Outcome.CONTRADICTS;
      return new PublishedRate(aanbod, kengetal, percentage, outcome, Optional.of(expected), tellers, noemers);
    }
    PublishedRate.Outcome outcome =
        teller.isPresent() || noemer.isPresent() ? PublishedRate.Outcome.BOUNDED : PublishedRate.Outcome.UNCHECKED;
    return new PublishedRate(aanbod, kengetal, percentage, outcome, Optional.empty(), tellers, noemers);
  }

  /**
   * Audits the breakdowns into shares ({@link Kengetal.Percentage.Soort#AANDEEL}) an offering
   * publishes: one per measure with shares.
   *
   * @param aanbod the offering
   * @return one sum of shares per measure that publishes shares, in the order of the measures
   */
  public static List<ShareSum> shares(Aanbod aanbod) {
    List<ShareSum> sums = new ArrayList<>();
    for (Kengetal kengetal : aanbod.kengetallen()) {
      List<Kengetal.Percentage> aandelen =
          kengetal.percentages().stream().filter(p -> p.soort() == Kengetal.Percentage.Soort.AANDEEL).toList();
      if (!aandelen.isEmpty()) {
        sums.add(new ShareSum(aanbod.naam(), kengetal, aandelen));
      }
    }
    return sums;
  }

  /**
   * One rate an offering publishes, audited against the counts of its measure: whether they agree,
   * the value they give, and the counts or bases the shown value admits. Made by {@link #rates}.
   * Immutable and thread-safe.
   */
  public static final class PublishedRate {
    /** What the audit can say of a published rate. */
    public enum Outcome {
      /** The measure has the rate's count and base, and they give the shown value. */
      AGREES,
      /** The measure has the rate's count and base, and they do not give the shown value. */
      CONTRADICTS,
      /** The measure has only the count or only the base: the shown value admits an interval of the other. */
      BOUNDED,
      /** The measure has neither: nothing to check. */
      UNCHECKED
    }

    private final String aanbod;
    private final Kengetal kengetal;
    private final Kengetal.Percentage percentage;
    private final Outcome outcome;
    private final Optional<BigDecimal> expected;
    private final Optional<Kengetal.Percentage.Interval> tellers;
    private final Optional<Kengetal.Percentage.Interval> noemers;

    private PublishedRate(
        String aanbod,
        Kengetal kengetal,
        Kengetal.Percentage percentage,
        Outcome outcome,
        Optional<BigDecimal> expected,
        Optional<Kengetal.Percentage.Interval> tellers,
        Optional<Kengetal.Percentage.Interval> noemers) {
      this.aanbod = aanbod;
      this.kengetal = kengetal;
      this.percentage = percentage;
      this.outcome = outcome;
      this.expected = expected;
      this.tellers = tellers;
      this.noemers = noemers;
    }

    /** The name of the offering. */
    public String aanbod() {
      return aanbod;
    }

    /** The measure that publishes the rate. */
    public Kengetal kengetal() {
      return kengetal;
    }

    /** The rate as published. */
    public Kengetal.Percentage percentage() {
      return percentage;
    }

    /** What the audit found. */
    public Outcome outcome() {
      return outcome;
    }

    /** The value the measure's count and base give, at the shown decimals; present when both are. */
    public Optional<BigDecimal> expected() {
      return expected;
    }

    /** The counts that give the shown value of the measure's base; present when the base is (and above 0). */
    public Optional<Kengetal.Percentage.Interval> tellers() {
      return tellers;
    }

    /** The bases that give the shown value for the measure's count; present when the count is. */
    public Optional<Kengetal.Percentage.Interval> noemers() {
      return noemers;
    }

    /** The measure's count for this rate, when it has one. */
    public Optional<Integer> teller() {
      return kengetal.teller(percentage.soort());
    }

    /** The measure's base for this rate, when it has one. */
    public Optional<Integer> noemer() {
      return kengetal.noemer(percentage.soort());
    }

    /** The offering, the rate and the outcome, for diagnostics. */
    @Override
    public String toString() {
      return "PublishedRate{" + aanbod + ", " + percentage.wat() + " " + percentage.waarde().toPlainString() + "%: " + outcome + "}";
    }
  }

  /**
   * The shares of one breakdown as published (logopedie 72 / 20 / 8%): whether they add up to 100%
   * within their rounding, and, where the measure counts its participants, whether whole counts of
   * them give every share and add up to them (rule {@code AANBOD-006}). Made by {@link #shares}.
   * Immutable and thread-safe.
   */
  public static final class ShareSum {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String aanbod;
    private final Kengetal kengetal;
    private final List<Kengetal.Percentage> aandelen;

    private ShareSum(String aanbod, Kengetal kengetal, List<Kengetal.Percentage> aandelen) {
      this.aanbod = aanbod;
      this.kengetal = kengetal;
      this.aandelen = List.copyOf(aandelen);
    }

    /** The name of the offering. */
    public String aanbod() {
      return aanbod;
    }

    /** The measure that publishes the shares. */
    public Kengetal kengetal() {
      return kengetal;
    }

    /** The shares, in the order published. */
    public List<Kengetal.Percentage> aandelen() {
      return aandelen;
    }

    /** The sum of the shown values: 100 for 72 / 20 / 8%. */
    public BigDecimal sum() {
      return aandelen.stream().map(Kengetal.Percentage::waarde).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * How far the sum may lie from 100 by rounding alone: half a unit of the last shown decimal of
     * each share, added up (1.5 for three whole percentages).
     */
    public BigDecimal tolerance() {
      return aandelen.stream().map(a -> Check.halfUnit(a.waarde())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The participants whole counts giving each share could add up to; present when the measure
     * counts its participants (above 0). 72 / 20 / 8% of 209: 207 to 210.
     */
    public Optional<Kengetal.Percentage.Interval> deelnemers() {
      return kengetal.deelnemers().filter(d -> d > 0).map(d -> aandelen.stream()
          .map(aandeel -> aandeel.tellers(d))
          .reduce(Kengetal.Percentage.Interval::plus)
          .orElseThrow());
    }

    /**
     * Whether the shares add up: their sum lies within {@link #tolerance()} of 100, and, where the
     * measure counts its participants, {@link #deelnemers()} contains that count.
     */
    public boolean addsUp() {
      boolean hundred = sum().subtract(HUNDRED).abs().compareTo(tolerance()) <= 0;
      return hundred && kengetal.deelnemers().filter(d -> d > 0).map(d -> deelnemers().orElseThrow().contains(d)).orElse(true);
    }

    /** The offering and the sum of its shares, for diagnostics. */
    @Override
    public String toString() {
      return "ShareSum{" + aanbod + ", " + sum().toPlainString() + "%: " + (addsUp() ? "adds up" : "does not add up") + "}";
    }
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
