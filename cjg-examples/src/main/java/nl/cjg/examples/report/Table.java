package nl.cjg.examples.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table of the report: column headers and rows of text, each row as wide as the headers.
 * Immutable and thread-safe.
 *
 * @param headers the column headers
 * @param rows the rows
 */
public record Table(List<String> headers, List<List<String>> rows) {
  /**
   * Copies the lists and checks the shape.
   *
   * @throws IllegalArgumentException when a row's width differs from the headers'
   */
  public Table {
    headers = List.copyOf(headers);
    rows = rows.stream().map(List::copyOf).toList();
    for (List<String> row : rows) {
      if (row.size() != headers.size()) {
        throw new IllegalArgumentException("every row of a table has as many cells as there are headers");
      }
    }
  }

  /**
   * The figures of a bar chart as a table: a row per category, in the map's order.
   *
   * @param categoryHeader the header of the categories
   * @param valueHeader the header of the values
   * @param values the value per category
   * @param texts the report's language, for the numbers
   * @return the table
   */
  public static Table of(String categoryHeader, String valueHeader, Map<String, ? extends Number> values, Texts texts) {
    List<List<String>> rows = new ArrayList<>();
    values.forEach((category, value) -> rows.add(List.of(category, number(value, texts))));
    return new Table(List.of(categoryHeader, valueHeader), rows);
  }

  /**
   * The figures of a stacked bar chart as a table: a row per category, a column per series (both in
   * the maps' order); a category a series does not have is an empty cell.
   *
   * @param categoryHeader the header of the categories
   * @param values per series, the value per category
   * @param texts the report's language, for the numbers
   * @return the table
   */
  public static Table ofSeries(String categoryHeader, Map<String, ? extends Map<String, ? extends Number>> values, Texts texts) {
    Set<String> categories = new LinkedHashSet<>();
    values.values().forEach(perCategory -> categories.addAll(perCategory.keySet()));
    List<String> headers = new ArrayList<>();
    headers.add(categoryHeader);
    headers.addAll(values.keySet());
    List<List<String>> rows = new ArrayList<>();
    for (String category : categories) {
      List<String> row = new ArrayList<>();
      row.add(category);
      for (Map<String, ? extends Number> perCategory : values.values()) {
        Number value = perCategory.get(category);
        row.add(value == null ? "" : number(value, texts));
      }
      rows.add(row);
    }
    return new Table(headers, rows);
  }

  private static String number(Number value, Texts texts) {
    if (value instanceof BigDecimal decimal) {
      return texts.number(decimal);
    }
    if (value instanceof Double || value instanceof Float) {
      return texts.number(value.doubleValue(), 1);
    }
    return texts.number(value.longValue());
  }
}
