package nl.cjg.core.id;

import nl.cjg.core.InvalidValueException;

/** Parsing steps shared by the identifier types; never echoes the rejected text. */
final class IdentifierText {
  private IdentifierText() {}

  /**
   * The text without surrounding space as people type and paste it: white space and also the
   * non-breaking spaces ({@code U+00A0}, {@code U+2007}, {@code U+202F}) that {@link String#strip()}
   * keeps; a clear problem when null or blank.
   */
  static String trimmed(CharSequence text, String code, String what) {
    if (text == null) {
      throw new InvalidValueException(code, what + " is missing");
    }
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      throw new InvalidValueException(code, what + " is empty");
    }
    return text.subSequence(start, end).toString();
  }

  /** Whether a character is white space or a space character (the non-breaking ones included). */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Whether {@code text} consists of exactly {@code length} ASCII digits. */
  static boolean isDigits(String text, int length) {
    if (text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Exactly {@code length} digits, or an {@link InvalidValueException} naming the format. */
  static String digits(CharSequence text, int length, String code, String what) {
    String trimmed = trimmed(text, code, what);
    if (!isDigits(trimmed, length)) {
      throw new InvalidValueException(code, what + " must consist of exactly " + length + " digits");
    }
    return trimmed;
  }

  /** A prefix (case-insensitive) followed by exactly {@code length} digits, canonical upper case. */
  static String prefixedDigits(CharSequence text, String prefix, int length, String code, String what) {
    String trimmed = trimmed(text, code, what);
    boolean prefixed = trimmed.regionMatches(true, 0, prefix, 0, prefix.length());
    if (!prefixed || !isDigits(trimmed.substring(prefix.length()), length)) {
      throw new InvalidValueException(
          code, what + " must be '" + prefix + "' followed by exactly " + length + " digits");
    }
    return prefix + trimmed.substring(prefix.length());
  }
}
