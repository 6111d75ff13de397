package nl.cjg.core.routing;

import java.util.Optional;

/**
 * A special circumstance of a child or family that asks for a partner with matching discipline
 * or expertise. The sources name the special groups "scheidende ouders" and "ouders van kinderen met
 * een beperking" (Werkplan CJG Bergen 2012, evaluatie van onderwerp 1), and the nuisance reports of the jongerenwerk count overlast, alcohol
 * and drugs and schoolverzuim (Werkplan CJG Bergen 2012, uitwerking 1, aanbod Stichting Welzijn Bergen, overlastmeldingen); the partner map names who serves each (Communicatieplan CJG Bergen 2012, bijlage 1).
 */
public enum Omstandigheid {
  /** Scheiding: the parents divorce or have divorced (KIES Coach). */
  SCHEIDING("scheiding"),
  /** Beperking: the child has a disability (MEE). */
  BEPERKING("beperking"),
  /** Schoolverzuim: the child misses school (leerplicht). */
  SCHOOLVERZUIM("schoolverzuim"),
  /** Overlast: the young person causes nuisance (jongerenwerk, Veiligheidshuis). */
  OVERLAST("overlast"),
  /** Middelengebruik: use of alcohol or drugs (Brijderstichting). */
  MIDDELENGEBRUIK("middelengebruik"),
  /** Psychische problemen: mental health problems (Triversum, GGZ). */
  PSYCHISCHE_PROBLEMEN("psychische problemen"),
  /** Zonder werk of opleiding: a young person neither at work nor in education (Jongerenloket). */
  ZONDER_WERK_OF_OPLEIDING("zonder werk of opleiding");

  private final String code;

  Omstandigheid(String code) {
    this.code = code;
  }

  /** The code as rule sets write it, for example {@code scheiding}. */
  public String code() {
    return code;
  }

  /**
   * The circumstance with this code, ignoring case.
   *
   * @param code for example {@code middelengebruik}
   * @return the circumstance, or empty for an unknown code
   */
  public static Optional<Omstandigheid> fromCode(String code) {
    return CodeLists.byCode(values(), Omstandigheid::code, code);
  }
}
