package nl.cjg.core.id;

import java.util.Locale;
import nl.cjg.core.InvalidValueException;

/**
 * A pseudonym: the 64 hexadecimal digits of a keyed hash (HMAC-SHA256) that stands in for a BSN, a
 * name or a case's kenmerk in a research export. The same person gets the same pseudonym within one
 * key and one purpose, so records can be linked; without the key nobody can go back to the person.
 * Made by {@code nl.cjg.core.privacy.Pseudonimisering}.
 *
 * <p>Structurally a pseudonym is exactly 64 hexadecimal digits (code {@value #FORMAT_CODE}),
 * canonically lower case. It is not personal data on its own and shows in {@link #toString()}.
 * This class is immutable and thread-safe.
 */
public final class Pseudoniem implements Comparable<Pseudoniem> {
  /** The code of the structural rule: exactly 64 hexadecimal digits. */
  public static final String FORMAT_CODE = "PSEUDONIEM-S01";

  /** The number of hexadecimal digits of a pseudonym: the 256 bits of HMAC-SHA256. */
  public static final int LENGTH = 64;

  private final String hex;

  private Pseudoniem(String hex) {
    this.hex = hex;
  }

  /**
   * Reads a pseudonym of 64 hexadecimal digits, in either case.
   *
   * @param text the digits, surrounding white space allowed
   * @return the pseudonym, in lower case
   * @throws InvalidValueException with code {@value #FORMAT_CODE} when the text is not 64 hexadecimal digits
   */
  public static Pseudoniem parse(CharSequence text) {
    String trimmed = IdentifierText.trimmed(text, FORMAT_CODE, "pseudonym");
    InvalidValueException.require(
        trimmed.length() == LENGTH && trimmed.chars().allMatch(Pseudoniem::isHexDigit),
        FORMAT_CODE,
        "a pseudonym must consist of " + LENGTH + " hexadecimal digits");
    return new Pseudoniem(trimmed.toLowerCase(Locale.ROOT));
  }

  /**
   * The pseudonym of the bytes of a keyed hash.
   *
   * @param hash the 32 bytes of an HMAC-SHA256
   * @return the pseudonym
   * @throws InvalidValueException with code {@value #FORMAT_CODE} when there are not 32 bytes
   */
  public static Pseudoniem of(byte[] hash) {
    InvalidValueException.require(
        hash.length * 2 == LENGTH, FORMAT_CODE, "a pseudonym is made of " + LENGTH / 2 + " bytes");
    StringBuilder hex = new StringBuilder(LENGTH);
    for (byte b : hash) {
      hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return new Pseudoniem(hex.toString());
  }

  private static boolean isHexDigit(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** The canonical 64 lower-case hexadecimal digits. */
  public String value() {
    return hex;
  }

  @Override
  public int compareTo(Pseudoniem other) {
    return hex.compareTo(other.hex);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Pseudoniem && ((Pseudoniem) other).hex.equals(hex);
  }

  @Override
  public int hashCode() {
    return hex.hashCode();
  }

  /** The 64 digits. */
  @Override
  public String toString() {
    return hex;
  }
}
