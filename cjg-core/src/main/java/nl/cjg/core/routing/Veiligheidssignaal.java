package nl.cjg.core.routing;

import java.util.Optional;

/**
 * A signal that a child's safety or development is at stake ("wanneer de veiligheid of
 * ontwikkeling van kinderen in het gedrang komt", Werkplan CJG Bergen 2012, visie voor de lange termijn). Unsafety is weighed with the meldcode
 * huiselijk geweld en kindermishandeling, whose afwegingskader asks whether it is acute or
 * structural.
 */
public enum Veiligheidssignaal {
  /** Acute onveiligheid: the child is in danger now. */
  ACUTE_ONVEILIGHEID("acute onveiligheid"),
  /** Structurele onveiligheid: the child is unsafe again and again, or for a long time. */
  STRUCTURELE_ONVEILIGHEID("structurele onveiligheid"),
  /** Ontwikkeling in het gedrang: the child's healthy development is threatened. */
  ONTWIKKELING_IN_GEDRANG("ontwikkeling in het gedrang");

  private final String code;

  Veiligheidssignaal(String code) {
    this.code = code;
  }

  /** The code as rule sets write it, for example {@code acute onveiligheid}. */
  public String code() {
    return code;
  }

  /**
   * The signal with this code, ignoring case.
   *
   * @param code for example {@code structurele onveiligheid}
   * @return the signal, or empty for an unknown code
   */
  public static Optional<Veiligheidssignaal> fromCode(String code) {
    return CodeLists.byCode(values(), Veiligheidssignaal::code, code);
  }
}
