package nl.cjg.core.partner;

import java.util.Optional;

/**
 * The sector or discipline of a partner, a closed code list for routing rules. Taken from the
 * partner map of the werkplan 2012 (Bijlage 1) and its kernpartners; the javadoc of each constant
 * names the Bergen partners it covers.
 */
public enum Discipline {
  /** Verloskunde (midwifery). */
  VERLOSKUNDE("verloskunde"),
  /** Kraamzorg (maternity care). */
  KRAAMZORG("kraamzorg"),
  /** Huisarts (general practitioner). */
  HUISARTS("huisarts"),
  /** Jeugdgezondheidszorg: GGD Hollands Noorden (consultatiebureau, schoolarts, opvoedspreekuur). */
  JEUGDGEZONDHEIDSZORG("jeugdgezondheidszorg"),
  /** Jeugdzorg: Bureau Jeugdzorg Noord-Holland, jeugd- en opvoedhulp (Parlan). */
  JEUGDZORG("jeugdzorg"),
  /** Opvoedondersteuning outside JGZ: Opvoedpoli, Family Coach, KIES Coach. */
  OPVOEDONDERSTEUNING("opvoedondersteuning"),
  /** Maatschappelijk werk: Stichting de Wering (algemeen en schoolmaatschappelijk werk). */
  MAATSCHAPPELIJK_WERK("maatschappelijk werk"),
  /** Welzijn: Stichting Welzijn Bergen. */
  WELZIJN("welzijn"),
  /** Jongerenwerk, including ambulant jongerenwerk: Stichting Welzijn Bergen. */
  JONGERENWERK("jongerenwerk"),
  /** Onderwijs: basisonderwijs and voortgezet onderwijs. */
  ONDERWIJS("onderwijs"),
  /** Kinderopvang: kinderdagverblijven and buitenschoolse opvang. */
  KINDEROPVANG("kinderopvang"),
  /** Peuterspeelzaal (playgroup). */
  PEUTERSPEELZAAL("peuterspeelzaal"),
  /** Politie. */
  POLITIE("politie"),
  /** Leerplicht (compulsory education officer of the municipality). */
  LEERPLICHT("leerplicht"),
  /** GGZ, mental health care: GGZ Noord-Holland-Noord, Triversum (kinder- en jeugdpsychiatrie). */
  GGZ("GGZ"),
  /** Verslavingszorg (addiction care): Brijderstichting. */
  VERSLAVINGSZORG("verslavingszorg"),
  /** Gehandicaptenzorg (care for people with a disability): MEE. */
  GEHANDICAPTENZORG("gehandicaptenzorg"),
  /** Gemeente: the municipality itself. */
  GEMEENTE("gemeente"),
  /** Justitie: Raad voor de Kinderbescherming, Veiligheidshuis. */
  JUSTITIE("justitie"),
  /** Jongerenloket (work and income desk for young people). */
  JONGERENLOKET("jongerenloket"),
  /** Werk en Inkomen (the municipality's work and income service). */
  WERK_EN_INKOMEN("werk en inkomen");

  private final String code;

  Discipline(String code) {
    this.code = code;
  }

  /** The code as the sources write it, for example {@code maatschappelijk werk}. */
  public String code() {
    return code;
  }

  /**
   * The discipline with this code, ignoring case.
   *
   * @param code for example {@code jeugdgezondheidszorg}
   * @return the discipline, or empty for an unknown code
   */
  public static Optional<Discipline> fromCode(String code) {
    return Codes.fromCode(values(), Discipline::code, code);
  }
}
