package nl.cjg.core.id;

import nl.cjg.core.InvalidValueException;

/** Parsing steps shared by the identifier types; never echoes the rejected text. */
final class IdentifierText {
  private IdentifierText() {}

  /** The text without surrounding white space; a clear problem when null or blank. */
  static String trimmed(CharSequence text, String code, String what) {
    if (text == null) {
      throw new InvalidValueException(code, what + " is missing");
    }
    String trimmed = text.toString().strip();
    if (trimmed.isEmpty()) {
      throw new InvalidValueException(code, what + " is empty");
    }
    return trimmed;
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
