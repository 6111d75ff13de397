package nl.cjg.core.stats.operational;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.cjg.core.stats.DisclosureControl;
import nl.cjg.core.stats.Rate;
import nl.cjg.core.stats.table.Cell;
import nl.cjg.core.stats.table.PublishedTable;
import nl.cjg.core.stats.table.TableRow;

/**
 * A published table of loose key figures, {@code Kengetal | Waarde}, one figure per row. Nothing
 * sums, so counts of people are protected by primary suppression and rounding only, and a figure
 * computed from a suppressed count is withheld with it.
 */
final class KeyFigureTable {
  static final String LABEL_HEADER = "Kengetal";
  static final String VALUE_HEADER = "Waarde";

  private final DisclosureControl control;
  private final List<TableRow> rows = new ArrayList<>();

  KeyFigureTable(DisclosureControl control) {
    this.control = control;
  }

  /** A count that says nothing about persons (meetings, minutes): shown as it is. */
  KeyFigureTable figure(String label, long value) {
    rows.add(TableRow.of(label, Cell.of(value)));
    return this;
  }

  /** A count of persons or cases: suppressed when sensitive, rounded otherwise. */
  KeyFigureTable count(String label, long count) {
    rows.add(TableRow.of(label, isSuppressed(count) ? Cell.suppressed() : Cell.of(control.rounded(count))));
    return this;
  }

  /**
   * A percentage of a rate whose count and base are counts of persons or cases, computed from the
   * published (rounded) counts: withheld when either is suppressed, empty when undefined.
   */
  KeyFigureTable percentage(String label, Rate rate, int decimals) {
    boolean withheld = isSuppressed(rate.count()) || isSuppressed(rate.base());
    return derived(label, withheld, published(rate, control.rounded(rate.base())).percentage(decimals));
  }

  /**
   * A ratio of a count of cases to a number that is not (requests per meeting), computed from the
   * published count: withheld when the count is suppressed, empty when undefined.
   */
  KeyFigureTable ratio(String label, Rate rate, int decimals) {
    return derived(label, isSuppressed(rate.count()), published(rate, rate.base()).value(decimals));
  }

  /**
   * The minutes spent against the minutes planned as a percentage: neither number is about
   * persons, so it is shown as it is; empty when nothing was planned.
   */
  KeyFigureTable realisation(String label, Rate rate, int decimals) {
    return derived(label, false, rate.percentage(decimals));
  }

  PublishedTable build() {
    return PublishedTable.of(rows, LABEL_HEADER, VALUE_HEADER);
  }

  /** The rate with its count as published and the given base. */
  private Rate published(Rate rate, long base) {
    return Rate.of(rate.kind(), control.rounded(rate.count()), base);
  }

  private KeyFigureTable derived(String label, boolean withheld, Optional<BigDecimal> value) {
    rows.add(TableRow.of(label, withheld ? Cell.suppressed() : value.map(Cell::of).orElse(Cell.empty())));
    return this;
  }

  private boolean isSuppressed(long count) {
    return control.isSensitive(count);
  }
}
