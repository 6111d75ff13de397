package nl.cjg.core.partner;

import java.util.Optional;

/**
 * Expertise a partner brings to the case meeting, a closed code list for routing rules. The
 * werkplan 2012 asks that it be clear "wie over welke expertise beschikt (bijvoorbeeld ten
 * aanzien van positief opvoeden, de meldcode kindermishandeling, ambulant werken, enzovoorts)";
 * the other codes come from the offerings and the plan van aanpak.
 */
public enum Expertise {
  /** Positief opvoeden (the Triple P approach of the plan van aanpak). */
  POSITIEF_OPVOEDEN("positief opvoeden"),
  /** The meldcode huiselijk geweld en kindermishandeling. */
  MELDCODE_KINDERMISHANDELING("meldcode kindermishandeling"),
  /** Ambulant werken: working where people are, such as ambulant jongerenwerk. */
  AMBULANT_WERKEN("ambulant werken"),
  /** Video hometraining (a JGZ maatwerk product). */
  VIDEO_HOMETRAINING("video hometraining"),
  /** Zorgcoördinatie: holding the regie of the care around one family. */
  ZORGCOORDINATIE("zorgcoördinatie"),
  /** The method 1 Gezin 1 Plan (one family, one plan). */
  EEN_GEZIN_EEN_PLAN("1 Gezin 1 Plan"),
  /** Registering and following up signals in the Verwijsindex. */
  VERWIJSINDEX("Verwijsindex"),
  /** Signaleren: recognising early signs of risk to a child's development or safety. */
  SIGNALEREN("signaleren"),
  /** Support of children in a divorce (KIES Coach) and of scheidende ouders. */
  KINDEREN_IN_ECHTSCHEIDING("kinderen in echtscheiding");

  private final String code;

  Expertise(String code) {
    this.code = code;
  }

  /** The code as the sources write it, for example {@code positief opvoeden}. */
  public String code() {
    return code;
  }

  /**
   * The expertise with this code, ignoring case.
   *
   * @param code for example {@code ambulant werken}
   * @return the expertise, or empty for an unknown code
   */
  public static Optional<Expertise> fromCode(String code) {
    return Codes.fromCode(values(), Expertise::code, code);
  }
}
