package nl.cjg.core.casus;

/** Where an agreement of the afsprakenlijst stands. */
public enum Afspraakstatus {
  /** Open: still to be done. */
  OPEN,
  /** Uitgevoerd: done. */
  UITGEVOERD,
  /** Vervallen: no longer needed, for example because the case was referred elsewhere. */
  VERVALLEN
}
