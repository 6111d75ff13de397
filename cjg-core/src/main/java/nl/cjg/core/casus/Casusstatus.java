package nl.cjg.core.casus;

/**
 * Where a case stands in the case meeting: requested (aangemeld), put on the agenda (geagendeerd),
 * discussed (besproken), then closed (afgerond) or referred elsewhere (doorverwezen).
 *
 * <p>A case may be referred at any step before it is closed: in the pilot every request that the
 * meeting could not take was "op een andere manier binnen het netwerk uitgezet", and no advice is
 * given when the case is treated elsewhere. A discussed case may be put on an agenda again, but not
 * at the meeting right after the one that discussed it: {@link #magWeerGeagendeerd(int)} is the one
 * rule for that, shared by the status history, the agenda planner ({@code Agendaplanner}) and the
 * dataset rules on recorded meetings (Werkplan CJG Bergen 2012, uitwerking 2, afsprakenlijst: "Er is
 * voor gekozen om een behandelde casus niet in het volgende overleg terug te laten komen").
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
   * geagendeerd → besproken, besproken → afgerond or back to geagendeerd (for a later meeting, see
   * {@link #magWeerGeagendeerd(int)}), and from any of the first three to doorverwezen.
   *
   * @param volgende the next status
   * @return whether the transition is allowed
   */
  public boolean kanOvergaanNaar(Casusstatus volgende) {
    return switch (this) {
      case AANGEMELD -> volgende == GEAGENDEERD || volgende == DOORVERWEZEN;
      case GEAGENDEERD -> volgende == BESPROKEN || volgende == DOORVERWEZEN;
      case BESPROKEN -> volgende == AFGEROND || volgende == GEAGENDEERD || volgende == DOORVERWEZEN;
      case AFGEROND, DOORVERWEZEN -> false;
    };
  }

  /**
   * Whether a case discussed at one meeting may be on the agenda of a meeting {@code
   * overleggenLater} meetings later: not at the same meeting again (0) nor at the next one (1),
   * from the meeting after next on (Werkplan CJG Bergen 2012, uitwerking 2, afsprakenlijst).
   *
   * @param overleggenLater how many meetings of the series lie between, the later one included: 1
   *     for the next meeting
   * @return whether the case may be discussed there
   */
  public static boolean magWeerGeagendeerd(int overleggenLater) {
    return overleggenLater >= 2;
  }
}
