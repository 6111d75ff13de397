package nl.cjg.core.id;

/**
 * The CBS code of a municipality: {@code GM} and four digits; Bergen (NH) is {@link #BERGEN_NH}.
 * This class is immutable and thread-safe.
 */
public final class GemeenteCode extends PublicIdentifier<GemeenteCode> {
  /** The code of the format rule. */
  public static final String FORMAT_CODE = "GEMEENTECODE-S01";

  /** Gemeente Bergen (Noord-Holland), the municipality of the reference data. */
  public static final GemeenteCode BERGEN_NH = new GemeenteCode("GM0373");

  private GemeenteCode(String value) {
    super(value);
  }

  /**
   * Reads a municipality code.
   *
   * @param text {@code GM} (any case) followed by four digits
   * @return the code, canonical upper case
   * @throws nl.cjg.core.InvalidValueException with code {@value #FORMAT_CODE} otherwise
   */
  public static GemeenteCode parse(CharSequence text) {
    return new GemeenteCode(IdentifierText.prefixedDigits(text, "GM", 4, FORMAT_CODE, "gemeentecode"));
  }

  /** The four digits, for example {@code 0373}. */
  public String cijfers() {
    return value().substring(2);
  }
}
