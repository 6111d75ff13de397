package nl.cjg.core.id;

/**
 * The number of an organisation in the Dutch trade register (Kamer van Koophandel): eight digits.
 * This class is immutable and thread-safe.
 */
public final class KvkNummer extends PublicIdentifier<KvkNummer> {
  /** The code of the format rule. */
  public static final String FORMAT_CODE = "KVK-S01";

  private KvkNummer(String value) {
    super(value);
  }

  /**
   * Reads a KvK-nummer.
   *
   * @param text exactly eight digits
   * @return the number
   * @throws nl.cjg.core.InvalidValueException with code {@value #FORMAT_CODE} otherwise
   */
  public static KvkNummer parse(CharSequence text) {
    return new KvkNummer(IdentifierText.digits(text, 8, FORMAT_CODE, "KvK-nummer"));
  }
}
