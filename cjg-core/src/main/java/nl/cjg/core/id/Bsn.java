package nl.cjg.core.id;

import nl.cjg.core.InvalidValueException;

/**
 * A burgerservicenummer: the citizen service number that links a Verwijsindex signal or a case to
 * one person.
 *
 * <p>Structurally a BSN is nine digits; an old eight-digit number is read with a leading zero. The
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
   * Reads a BSN of nine digits, or of eight digits to which a leading zero is added.
   *
   * @param text the digits, surrounding white space allowed
   * @return the BSN; it may still fail the eleven-test
   * @throws InvalidValueException with code {@value #FORMAT_CODE} when the text is not 8 or 9 digits
   */
  public static Bsn parse(CharSequence text) {
    String trimmed = IdentifierText.trimmed(text, FORMAT_CODE, "BSN");
    if (IdentifierText.isDigits(trimmed, 9)) {
      return new Bsn(trimmed);
    }
    if (IdentifierText.isDigits(trimmed, 8)) {
      return new Bsn("0" + trimmed);
    }
    throw new InvalidValueException(FORMAT_CODE, "BSN must consist of 9 digits (or 8, read with a leading zero)");
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
