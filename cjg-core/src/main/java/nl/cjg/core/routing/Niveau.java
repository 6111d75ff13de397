package nl.cjg.core.routing;

import java.util.Optional;

/**
 * The level of help an {@link Advies} recommends, in increasing order: a later constant is more
 * help, and a router never lowers the level when a situation gets more severe. The highest level,
 * {@link #VEILIGHEID}, can never be forbidden by a rule: safety comes before everything else.
 */
public enum Niveau {
  /**
   * Informatie en eigen kracht: information and advice; the parents and the young person go on in
   * their own strength (Werkplan CJG Bergen 2012, visie voor de lange termijn: "Het CJG gaat daarbij uit van de eigen kracht").
   */
  INFORMATIE_EN_EIGEN_KRACHT("informatie en eigen kracht"),
  /** Basisaanbod: the freely accessible offering of the partners (Werkplan CJG Bergen 2012, uitwerking 1, aanbod). */
  BASISAANBOD("basisaanbod"),
  /** Casusoverleg: the CJG case meeting, the step to 1 Gezin 1 Plan (Werkplan CJG Bergen 2012, uitwerking 2). */
  CASUSOVERLEG("casusoverleg"),
  /**
   * Specialistische hulp: help beyond the CJG: specialised care, or the care that already treats
   * the case, with the CJG supporting the way there (Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de pilot (aandachtspunten en aanbevelingen)).
   */
  SPECIALISTISCHE_HULP("specialistische hulp"),
  /**
   * Veiligheid: the safety procedure of the meldcode huiselijk geweld en kindermishandeling, with a
   * report to the AMK (Advies- en Meldpunt Kindermishandeling; from 2015 Veilig Thuis).
   */
  VEILIGHEID("veiligheid");

  private final String code;

  Niveau(String code) {
    this.code = code;
  }

  /** The code as rule sets write it, for example {@code casusoverleg}. */
  public String code() {
    return code;
  }

  /**
   * The level with this code, ignoring case.
   *
   * @param code for example {@code basisaanbod}
   * @return the level, or empty for an unknown code
   */
  public static Optional<Niveau> fromCode(String code) {
    return CodeLists.byCode(values(), Niveau::code, code);
  }
}
