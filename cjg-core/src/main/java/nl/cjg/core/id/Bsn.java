package nl.cjg.core.id;

import nl.cjg.core.InvalidValueException;

/**
 * A burgerservicenummer: the citizen service number that links a Verwijsindex signal or a case to
 * one person.
 *
 * <p>Structurally a BSN is nine digits. {@link #parse} reads it as people type and paste it: with
 * spaces (also non-breaking ones), dots or hyphens between the digits ({@code 123 456 782},
 * {@code 123.456.782}), and with leading zeros lost, as a spreadsheet drops them ({@code 12345672}
 * is {@code 012345672}; seven digits get two zeros, fewer digits are refused as more likely another
 * number than a BSN). The
 * eleven-test ({@code 9·d1 + 8·d2 + … + 2·d8 − 1·d9} divisible by 11, and not {@code 000000000})
 * is offered by {@link #passesElfproef()} and checked by validation rule {@code BSN-001}, so that
 * a form carrying a mistyped number can still be read and reported on.
 *
 * <p>A BSN is personal data: {@link #toString()} never shows it; use {@link #value()} deliberately.
 * This class is immutable and thread-safe.
 */
public final class Bsn implements Comparable<Bsn> {
  /** The code of the structural rule: nine digits, or eight with a leading zero added. */
  public static final String FORMAT_CODE = "BSN-S01";

  private static final int[] WEIGHTS = {9, 8, 7, 6, 5, 4, 3, 2, -1};

  private final String digits;

  private Bsn(String digits) {
    this.digits = digits;
  }

  /**
   * Reads a BSN: nine digits, or seven or eight to which the lost leading zeros are added; a single
   * space, dot or hyphen may stand between two digits, and space around the whole.
   *
   * @param text the digits, for example {@code "123456782"}, {@code "123 456 782"} or {@code "12.34.56.72"}
   * @return the BSN; it may still fail the eleven-test
   * @throws InvalidValueException with code {@value #FORMAT_CODE} when the text is not 7 to 9 digits
   *     so written
   */
  public static Bsn parse(CharSequence text) {
    String stripped = IdentifierText.trimmed(text, FORMAT_CODE, "BSN");
    StringBuilder digits = new StringBuilder(9);
    boolean wellWritten = true;
    for (int i = 0; i < stripped.length() && wellWritten; i++) {
      char c = stripped.charAt(i);
      if (isDigit(c)) {
        digits.append(c);
      } else {
        wellWritten = isSeparator(c) && i > 0 && i + 1 < stripped.length() && isDigit(stripped.charAt(i - 1)) && isDigit(stripped.charAt(i + 1));
      }
    }
    if (!wellWritten || digits.length() < 7 || digits.length() > 9) {
      throw new InvalidValueException(
          FORMAT_CODE, "BSN must consist of 9 digits (7 or 8 are read with leading zeros), optionally grouped by spaces, dots or hyphens");
    }
    return new Bsn("0".repeat(9 - digits.length()) + digits);
  }

  private static boolean isSeparator(char c) {
    return c == '.' || c == '-' || IdentifierText.isSpace(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Whether nine digits pass the eleven-test. {@code 000000000} does not.
   *
   * @param digits exactly nine ASCII digits
   * @return true when the weighted sum is divisible by 11 and the number is not all zeros
   */
  public static boolean passesElfproef(String digits) {
    if (!IdentifierText.isDigits(digits, 9) || digits.equals("000000000")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += WEIGHTS[i] * (digits.charAt(i) - '0');
    }
    return Math.floorMod(sum, 11) == 0;
  }

  /** Whether this number passes the eleven-test (rule {@code BSN-001}). */
  public boolean passesElfproef() {
    return passesElfproef(digits);
  }

  /** The canonical nine digits. Personal data: handle with care. */
  public String value() {
    return digits;
  }

  @Override
  public int compareTo(Bsn other) {
    return digits.compareTo(other.digits);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Bsn && ((Bsn) other).digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** Always {@code Bsn[***]}: the number is personal data. */
  @Override
  public String toString() {
    return "Bsn[***]";
  }
}
