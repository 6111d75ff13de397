package nl.cjg.core.routing;

import java.util.Optional;

/**
 * How heavy a concern about one leefgebied is, in increasing order: a later constant is more
 * severe. The order is the contract: rules compare severities with {@code <} and {@code >=}.
 */
public enum Ernst {
  /** Geen: nothing worries anyone in this leefgebied. */
  GEEN("geen"),
  /** Vraag: a small question about raising or growing up, to be answered early (prevention first). */
  VRAAG("vraag"),
  /** Zorg: a concern about the child's development that needs more than an answer. */
  ZORG("zorg"),
  /** Ernstig: a serious concern or problem. */
  ERNSTIG("ernstig");

  private final String code;

  Ernst(String code) {
    this.code = code;
  }

  /** The code as rule sets write it, for example {@code zorg}. */
  public String code() {
    return code;
  }

  /**
   * The severity with this code, ignoring case and white space around it.
   *
   * @param code for example {@code ernstig}
   * @return the severity, or empty for an unknown code
   */
  public static Optional<Ernst> fromCode(String code) {
    return CodeLists.byCode(values(), Ernst::code, code);
  }
}
