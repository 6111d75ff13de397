package nl.cjg.core.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import nl.cjg.core.stats.table.Cell;
import nl.cjg.core.stats.table.PublishedTable;
import nl.cjg.core.stats.table.TableRow;

/** Builds the published form of counts once their suppression pattern is known. */
final class Publication {
  static final String COUNT_HEADER = "Aantal";
  static final String PERCENTAGE_HEADER = "%";

  private Publication() {}

  /**
   * A table {@code header | Aantal | % [| % van N]}: one row per label with its count, its
   * percentage of the count at {@code baseIndex}, and optionally its percentage of the public
   * number {@code population}. Percentages are computed from the published (rounded) counts and
   * withheld when their count or base is suppressed.
   */
  static PublishedTable countsWithPercentages(
      String header,
      List<String> labels,
      long[] counts,
      boolean[] suppressed,
      int baseIndex,
      int decimals,
      DisclosureControl control,
      OptionalLong population) {
    long base = control.rounded(counts[baseIndex]);
    boolean baseSuppressed = suppressed[baseIndex];
    List<TableRow> rows = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      List<Cell> cells = new ArrayList<>();
      long shown = control.rounded(counts[i]);
      cells.add(suppressed[i] ? Cell.suppressed() : Cell.of(shown));
      cells.add(percentage(shown, suppressed[i] || baseSuppressed, base, decimals));
      if (population.isPresent()) {
        cells.add(percentage(shown, suppressed[i], population.getAsLong(), decimals));
      }
      rows.add(TableRow.of(labels.get(i), cells));
    }
    List<String> headers = new ArrayList<>(List.of(header, COUNT_HEADER, PERCENTAGE_HEADER));
    population.ifPresent(n -> headers.add("% van " + n));
    return PublishedTable.of(headers, rows);
  }

  static PublishedTable countsWithPercentages(
      String header,
      List<String> labels,
      long[] counts,
      boolean[] suppressed,
      int baseIndex,
      int decimals,
      DisclosureControl control) {
    return countsWithPercentages(
        header, labels, counts, suppressed, baseIndex, decimals, control, OptionalLong.empty());
  }

  private static Cell percentage(long count, boolean withheld, long base, int decimals) {
    if (withheld) {
      return Cell.suppressed();
    }
    return base > 0 ? Cell.of(Rounding.percentage(count, base, decimals)) : Cell.empty();
  }
}
