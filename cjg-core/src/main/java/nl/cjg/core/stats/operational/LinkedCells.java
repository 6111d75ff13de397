package nl.cjg.core.stats.operational;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.cjg.core.stats.table.Cell;
import nl.cjg.core.stats.table.PublishedTable;
import nl.cjg.core.stats.table.TableConventions;
import nl.cjg.core.stats.table.TableRow;

/**
 * Tables published together that state the same figure in several places: when one table
 * withholds the figure, every table withholds it, with the percentages and ratios computed from
 * it, so that no table gives away what another hides. Withholding more never narrows what an
 * attacker can derive.
 */
final class LinkedCells {
  /** One place of a figure: a table by title, a row by label and a column by header. */
  record Place(String table, String row, String column) {}

  private LinkedCells() {}

  /**
   * Withholds a figure everywhere when any of its places withholds it.
   *
   * @param tables the tables by title; replaced in place
   * @param places the places of one figure; places in tables not present are ignored
   * @param derivedRows per table title, the labels of rows computed from the figure in that table
   */
  static void withholdTogether(Map<String, PublishedTable> tables, List<Place> places, Map<String, List<String>> derivedRows) {
    boolean withheld = places.stream().anyMatch(place -> cell(tables, place) != null && cell(tables, place).isSuppressed());
    if (!withheld) {
      return;
    }
    for (Place place : places) {
      PublishedTable table = tables.get(place.table());
      if (table != null) {
        List<String> rows = new ArrayList<>(derivedRows.getOrDefault(place.table(), List.of()));
        tables.put(place.table(), withhold(table, place, rows));
      }
    }
  }

  private static Cell cell(Map<String, PublishedTable> tables, Place place) {
    PublishedTable table = tables.get(place.table());
    if (table == null) {
      return null;
    }
    int column = table.headers().indexOf(place.column()) - 1;
    for (int r = 0; r < table.rows().size(); r++) {
      if (table.rows().get(r).label().equals(place.row())) {
        return table.cell(r, column);
      }
    }
    return null;
  }

  /**
   * The table with the place withheld, with every percentage in its row, every percentage of it
   * when it is a base (a total row's count) and every derived row.
   */
  private static PublishedTable withhold(PublishedTable table, Place place, List<String> derivedRows) {
    int column = table.headers().indexOf(place.column()) - 1;
    boolean base = TableConventions.isTotalRow(place.row());
    List<TableRow> rows = new ArrayList<>();
    for (TableRow row : table.rows()) {
      boolean here = row.label().equals(place.row());
      List<Cell> cells = new ArrayList<>(row.cells());
      for (int c = 0; c < cells.size(); c++) {
        boolean percentage = TableConventions.isPercentageColumn(table.dataHeader(c));
        if ((here && (c == column || percentage)) || (base && percentage) || derivedRows.contains(row.label())) {
          cells.set(c, Cell.suppressed());
        }
      }
      rows.add(TableRow.of(row.label(), cells));
    }
    return PublishedTable.of(table.headers(), rows);
  }
}
