package nl.cjg.core.id;

/**
 * The CBS code of a neighbourhood: {@code BU} and eight digits, the first six being those of its
 * district. This class is immutable and thread-safe.
 */
public final class BuurtCode extends PublicIdentifier<BuurtCode> {
  /** The code of the format rule. */
  public static final String FORMAT_CODE = "BUURTCODE-S01";

  private BuurtCode(String value) {
    super(value);
  }

  /**
   * Reads a neighbourhood code.
   *
   * @param text {@code BU} (any case) followed by eight digits
   * @return the code, canonical upper case
   * @throws nl.cjg.core.InvalidValueException with code {@value #FORMAT_CODE} otherwise
   */
  public static BuurtCode parse(CharSequence text) {
    return new BuurtCode(IdentifierText.prefixedDigits(text, "BU", 8, FORMAT_CODE, "buurtcode"));
  }

  /** The district this neighbourhood lies in. */
  public WijkCode wijk() {
    return WijkCode.parse("WK" + value().substring(2, 8));
  }
}
