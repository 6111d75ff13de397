package nl.cjg.core.overleg;

/**
 * Why a request was not put on an agenda but redirected within the network ("op een andere manier
 * binnen het netwerk uitgezet", 000 ~line 1306). A redirected request is taken up elsewhere; it is
 * never dropped.
 */
public enum Doorverwijsreden {
  /**
   * Elders in behandeling: the case is being treated elsewhere, so the case meeting gives no advice
   * and the CJG supports the way to care instead (000 ~line 1347).
   */
  ELDERS_IN_BEHANDELING,

  /** Te vaak uitgesteld: the request was passed over for lack of time as often as the rules allow. */
  TE_VAAK_UITGESTELD,

  /** Wachttijd verstreken: the next meeting lies further from the request than the longest wait allows. */
  WACHTTIJD_VERSTREKEN
}
