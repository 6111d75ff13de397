package nl.cjg.core.verwijsindex;

/**
 * Why a Verwijsindex signal stops being active. When two reasons fall on the same day, the first
 * in this order is given.
 */
public enum Vervalreden {
  /** Ingetrokken: the signalling organisation withdrew it (unjustified, or the risk is gone). */
  INGETROKKEN,
  /** 23e verjaardag: the young person turned 23, where the Verwijsindex ends. */
  DRIEENTWINTIGSTE_VERJAARDAG,
  /** Bewaartermijn: two years have passed since the registration. */
  TWEE_JAAR_NA_REGISTRATIE
}
