package nl.cjg.core.id;

/**
 * The AGB-code of a care provider (Algemeen GegevensBeheer Zorgverleners): eight digits, of which
 * the first two give the kind of care ({@link #zorgsoort()}). This class is immutable and
 * thread-safe.
 */
public final class AgbCode extends PublicIdentifier<AgbCode> {
  /** The code of the format rule. */
  public static final String FORMAT_CODE = "AGB-S01";

  private AgbCode(String value) {
    super(value);
  }

  /**
   * Reads an AGB-code.
   *
   * @param text exactly eight digits
   * @return the code
   * @throws nl.cjg.core.InvalidValueException with code {@value #FORMAT_CODE} otherwise
   */
  public static AgbCode parse(CharSequence text) {
    return new AgbCode(IdentifierText.digits(text, 8, FORMAT_CODE, "AGB-code"));
  }

  /** The first two digits: the kind of care the provider gives. */
  public String zorgsoort() {
    return value().substring(0, 2);
  }
}
