package nl.cjg.core.id;

/**
 * The CBS code of a district: {@code WK} and six digits, the first four being those of its
 * municipality. This class is immutable and thread-safe.
 */
public final class WijkCode extends PublicIdentifier<WijkCode> {
  /** The code of the format rule. */
  public static final String FORMAT_CODE = "WIJKCODE-S01";

  private WijkCode(String value) {
    super(value);
  }

  /**
   * Reads a district code.
   *
   * @param text {@code WK} (any case) followed by six digits
   * @return the code, canonical upper case
   * @throws nl.cjg.core.InvalidValueException with code {@value #FORMAT_CODE} otherwise
   */
  public static WijkCode parse(CharSequence text) {
    return new WijkCode(IdentifierText.prefixedDigits(text, "WK", 6, FORMAT_CODE, "wijkcode"));
  }

  /** The municipality this district lies in. */
  public GemeenteCode gemeente() {
    return GemeenteCode.parse("GM" + value().substring(2, 6));
  }
}
