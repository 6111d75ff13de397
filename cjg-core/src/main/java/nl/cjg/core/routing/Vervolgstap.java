package nl.cjg.core.routing;

import java.util.Optional;

/** A next step an {@link Advies} recommends to the professional who asked. */
public enum Vervolgstap {
  /** Informatie en advies geven: answer with information and advice, building on own strength. */
  INFORMATIE_GEVEN("informatie en advies geven"),
  /** Laagdrempelig aanbod: answer a small question early at a low-threshold partner. */
  LAAGDREMPELIG_AANBOD("laagdrempelig aanbod"),
  /** Plan samen met ouders: work out a joint plan with the parents, who keep their responsibility. */
  PLAN_MET_OUDERS("plan samen met ouders"),
  /** Toestemming ouders vragen: ask the parents' consent to discuss the case. */
  TOESTEMMING_OUDERS_VRAGEN("toestemming ouders vragen"),
  /** Toestemming jongere vragen: ask the young person's own consent (from 12, WGBO). */
  TOESTEMMING_JONGERE_VRAGEN("toestemming jongere vragen"),
  /** Aanmelden bij casusoverleg: bring the case to the CJG case meeting with the bespreekformulier. */
  AANMELDEN_CASUSOVERLEG("aanmelden bij casusoverleg"),
  /** Gezinsplan met zorgcoördinator: make one family plan (1 Gezin 1 Plan) with one zorgcoördinator. */
  GEZINSPLAN_MAKEN("gezinsplan met zorgcoördinator"),
  /** Zorgcoördinator aanwijzen: agree who of the professionals involved holds the regie. */
  ZORGCOORDINATOR_AANWIJZEN("zorgcoördinator aanwijzen"),
  /** Signaal in Verwijsindex overwegen: consider registering a signal in the Verwijsindex. */
  VERWIJSINDEX_OVERWEGEN("signaal in Verwijsindex overwegen"),
  /** Behandelaar informeren: inform the party that already treats the case. */
  BEHANDELAAR_INFORMEREN("behandelaar informeren"),
  /** Toeleiding ondersteunen: support the family in getting to the right care. */
  TOELEIDING_ONDERSTEUNEN("toeleiding naar zorg ondersteunen"),
  /**
   * Herstel door betrokkenen: those involved first try to repair the cooperation or the help
   * themselves, with the zorgcoördinator who holds the regie, before the procesregisseur steps in.
   */
  HERSTEL_DOOR_BETROKKENEN("herstel door betrokkenen"),
  /** Procesregisseur inschakelen: call in the procesregisseur (the CJG coordinator). */
  PROCESREGISSEUR_INSCHAKELEN("procesregisseur inschakelen"),
  /**
   * Doorzettingsmacht wethouder: call on the doorzettingsmacht of the wethouder Jeugd, the last
   * step when the procesregie did not get the cooperation or the help going.
   */
  DOORZETTINGSMACHT_WETHOUDER("doorzettingsmacht wethouder"),
  /** Stappen naar passende hulp: take the steps to the most appropriate help. */
  PASSENDE_HULP("stappen naar passende hulp"),
  /**
   * Melden bij het AMK: report under the meldcode to the Advies- en Meldpunt Kindermishandeling,
   * as in 2012 (the Bergen 2012 rules); from 2015 reports go to Veilig Thuis ({@link
   * #MELDEN_VEILIG_THUIS}).
   */
  MELDEN_AMK("melden bij het AMK"),
  /** Melden bij Veilig Thuis: report under the meldcode, from 2015 (before: {@link #MELDEN_AMK}). */
  MELDEN_VEILIG_THUIS("melden bij Veilig Thuis"),
  /** Verwijzen buiten doelgroep: refer someone outside the CJG target group to other services. */
  BUITEN_DOELGROEP_VERWIJZEN("verwijzen buiten doelgroep");

  private final String code;

  Vervolgstap(String code) {
    this.code = code;
  }

  /** The code as rule sets write it, for example {@code melden bij het AMK}. */
  public String code() {
    return code;
  }

  /**
   * The step with this code, ignoring case.
   *
   * @param code for example {@code procesregisseur inschakelen}
   * @return the step, or empty for an unknown code
   */
  public static Optional<Vervolgstap> fromCode(String code) {
    return CodeLists.byCode(values(), Vervolgstap::code, code);
  }
}
