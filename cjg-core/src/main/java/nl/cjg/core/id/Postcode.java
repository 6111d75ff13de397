package nl.cjg.core.id;

import java.util.Locale;
import nl.cjg.core.InvalidValueException;

/**
 * A Dutch postcode: four digits of which the first is not 0, an optional space, and two capital
 * letters other than the combinations SA, SD and SS, which are not used.
 *
 * <p>{@link #parse} reads a postcode as people type and paste it: letters in either case, and
 * between the digits and the letters nothing, white space (also a non-breaking space) or a hyphen
 * ({@code 1861AB}, {@code 1861 ab}, {@code 1861\u00A0AB}, {@code 1861-AB}), with space around the
 * whole; not space inside the digits or between the letters. The canonical form
 * {@link #value()} is {@code 1861AB}, {@link #formatted()} is {@code 1861 AB}. A postcode is part
 * of an address, so {@link #toString()} does not show it. This class is immutable and thread-safe.
 */
public final class Postcode implements Comparable<Postcode> {
  /** The code of the format rule. */
  public static final String FORMAT_CODE = "POSTCODE-S01";

  private final String value;

  private Postcode(String value) {
    this.value = value;
  }

  /**
   * Reads a postcode.
   *
   * @param text for example {@code "1861 AB"}, {@code "1861ab"} or {@code "1861-AB"}
   * @return the postcode
   * @throws InvalidValueException with code {@value #FORMAT_CODE} when the text is not a postcode
   */
  public static Postcode parse(CharSequence text) {
    String compact = compact(IdentifierText.trimmed(text, FORMAT_CODE, "postcode"));
    if (!isWellFormed(compact)) {
      throw new InvalidValueException(
          FORMAT_CODE,
          "postcode must be four digits (the first not 0) and two capital letters other than SA, SD or SS");
    }
    return new Postcode(compact);
  }

  /** The four characters before the separator and the rest after it, in upper case; the text as it is when there is no such split. */
  private static String compact(String text) {
    if (text.length() < 6) {
      return text;
    }
    int letters = 4;
    while (letters < text.length() && IdentifierText.isSpace(text.charAt(letters))) {
      letters++;
    }
    if (letters == 4 && text.charAt(4) == '-') {
      letters++;
    }
    return (text.substring(0, 4) + text.substring(letters)).toUpperCase(Locale.ROOT);
  }

  private static boolean isWellFormed(String compact) {
    if (compact.length() != 6 || compact.charAt(0) == '0') {
      return false;
    }
    if (!IdentifierText.isDigits(compact.substring(0, 4), 4)) {
      return false;
    }
    char first = compact.charAt(4);
    char second = compact.charAt(5);
    boolean letters = first >= 'A' && first <= 'Z' && second >= 'A' && second <= 'Z';
    boolean unused = first == 'S' && (second == 'A' || second == 'D' || second == 'S');
    return letters && !unused;
  }

  /** The canonical form without a space, for example {@code 1861AB}. */
  public String value() {
    return value;
  }

  /** The form with a space, for example {@code 1861 AB}. */
  public String formatted() {
    return value.substring(0, 4) + " " + value.substring(4);
  }

  /** The four digits (PC4 area), for example {@code 1861}. */
  public int cijfers() {
    return Integer.parseInt(value.substring(0, 4));
  }

  @Override
  public int compareTo(Postcode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Postcode && ((Postcode) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Always {@code Postcode[***]}: a postcode is part of an address. */
  @Override
  public String toString() {
    return "Postcode[***]";
  }
}
