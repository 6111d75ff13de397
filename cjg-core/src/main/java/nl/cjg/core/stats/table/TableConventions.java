package nl.cjg.core.stats.table;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The conventions that give a published table's headers and row labels their meaning, shared by
 * the CSV form, the publish methods and the table audit.
 *
 * <ul>
 *   <li>A data column whose header is {@code Totaal} or {@code Total} (any case) is a total
 *       column: the sum of the row's count columns.
 *   <li>A data column whose header starts with {@code %} holds percentages; every other data
 *       column holds counts.
 *   <li>A row whose label starts with {@code Totaal} or {@code Total} (any case) is a total row:
 *       per count column the sum of the rows above it, up to the previous total row. When its
 *       label contains {@code (overlap)} the categories above it overlap, and it is a base only.
 *   <li>A suppressed cell is written {@value #SUPPRESSED_MARK}, the sign Statistics Netherlands
 *       (CBS) uses for a confidential figure.
 * </ul>
 *
 * <p>Numbers ({@link #parseNumber}) have a decimal comma or point; in a count column a point
 * followed by exactly three digits is a thousands separator ({@code 30.985} is 30985), in a
 * percentage column a point is always a decimal point. A trailing {@code %} is allowed. Signs and
 * exponents are not: published counts and percentages are not negative.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class TableConventions {
  /** The header of a total column and the label of a total row in the tables this library makes. */
  public static final String TOTAL = "Totaal";

  /** The marker of an overlapping total row, as in {@code Totaal unieke cliënten (overlap)}. */
  public static final String OVERLAP_MARK = "(overlap)";

  /** How a suppressed cell is written. */
  public static final String SUPPRESSED_MARK = "x";

  private static final Pattern DECIMAL = Pattern.compile("\\d+([.,]\\d+)?");
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");

  private TableConventions() {}

  /**
   * Reads a stated number by these conventions.
   *
   * @param text the cell's text, for example {@code 30.985}, {@code 99,4%} or {@code 11.1 %}
   * @param countColumn whether the text stands in a count column, where {@code .} followed by
   *     exactly three digits is a thousands separator
   * @return the number with the precision it was written with, or empty when the text is not a
   *     number by these conventions
   */
  public static Optional<BigDecimal> parseNumber(String text, boolean countColumn) {
    String number = text.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
    if (number.endsWith("%")) {
      number = number.substring(0, number.length() - 1).strip();
    }
    if (countColumn && GROUPED.matcher(number).matches()) {
      return Optional.of(new BigDecimal(number.replace(".", "").replace(',', '.')));
    }
    if (DECIMAL.matcher(number).matches()) {
      return Optional.of(new BigDecimal(number.replace(',', '.')));
    }
    return Optional.empty();
  }

  /**
   * Whether a header makes its column a total column.
   *
   * @param header a data column's header
   * @return true for {@code Totaal} or {@code Total}, in any case, ignoring surrounding space
   */
  public static boolean isTotalColumn(String header) {
    String text = header.strip();
    return text.equalsIgnoreCase("Totaal") || text.equalsIgnoreCase("Total");
  }

  /**
   * Whether a header makes its column a percentage column.
   *
   * @param header a data column's header
   * @return true when it starts with {@code %}, ignoring leading space
   */
  public static boolean isPercentageColumn(String header) {
    return header.strip().startsWith("%");
  }

  /**
   * Whether a row label makes its row a total row (summing or overlapping).
   *
   * @param label a row label
   * @return true when it starts with {@code Totaal} or {@code Total}, in any case
   */
  public static boolean isTotalRow(String label) {
    String text = label.strip().toLowerCase(Locale.ROOT);
    return text.startsWith("totaal") || text.startsWith("total");
  }

  /**
   * Whether a row label makes its row an overlapping total: a total row whose label contains
   * {@value #OVERLAP_MARK}; it is not the sum of the rows above it but still serves as a base.
   *
   * @param label a row label
   * @return true for an overlapping total row
   */
  public static boolean isOverlapTotalRow(String label) {
    return isTotalRow(label) && label.toLowerCase(Locale.ROOT).contains(OVERLAP_MARK);
  }

  static boolean isSingleLine(String text) {
    return text.indexOf('\n') < 0 && text.indexOf('\r') < 0;
  }
}
