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
   * their own strength (000 ~27: "Het CJG gaat daarbij uit van de eigen kracht").
   */
  INFORMATIE_EN_EIGEN_KRACHT("informatie en eigen kracht"),
  /** Basisaanbod: the freely accessible offering of the partners (000 ~420–650). */
  BASISAANBOD("basisaanbod"),
  /** Casusoverleg: the CJG case meeting, the step to 1 Gezin 1 Plan (000 ~840–1400). */
  CASUSOVERLEG("casusoverleg"),
  /**
   * Specialistische hulp: help beyond the CJG: specialised care, or the care that already treats
   * the case, with the CJG supporting the way there (000 ~1343–1348).
   */
  SPECIALISTISCHE_HULP("specialistische hulp"),
  /**
   * Veiligheid: the safety procedure of the meldcode huiselijk geweld en kindermishandeling, with a
   * report to Veilig Thuis.
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
