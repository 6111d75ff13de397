package nl.cjg.core.casus;

/**
 * Where a case stands in the case meeting: requested (aangemeld), put on the agenda (geagendeerd),
 * discussed (besproken), then closed (afgerond) or referred elsewhere (doorverwezen).
 *
 * <p>A case may be referred at any step before it is closed: in the pilot every request that the
 * meeting could not take was "op een andere manier binnen het netwerk uitgezet", and no advice is
 * given when the case is treated elsewhere. A discussed case does not return to the agenda.
 */
public enum Casusstatus {
  /** Aangemeld: a referrer asked for the case to be discussed. */
  AANGEMELD,
  /** Geagendeerd: on the agenda of a case meeting. */
  GEAGENDEERD,
  /** Besproken: discussed; the agreements are on the meeting's afsprakenlijst. */
  BESPROKEN,
  /** Afgerond: closed after discussion. Final. */
  AFGEROND,
  /** Doorverwezen: taken up elsewhere in the network. Final. */
  DOORVERWEZEN;

  /**
   * Whether a case in this status may move to {@code volgende}: aangemeld → geagendeerd,
   * geagendeerd → besproken, besproken → afgerond, and from any of the first three to doorverwezen.
   *
   * @param volgende the next status
   * @return whether the transition is allowed
   */
  public boolean kanOvergaanNaar(Casusstatus volgende) {
    return switch (this) {
      case AANGEMELD -> volgende == GEAGENDEERD || volgende == DOORVERWEZEN;
      case GEAGENDEERD -> volgende == BESPROKEN || volgende == DOORVERWEZEN;
      case BESPROKEN -> volgende == AFGEROND || volgende == DOORVERWEZEN;
      case AFGEROND, DOORVERWEZEN -> false;
    };
  }
}
