package nl.cjg.core.overleg;

/** The role someone has in a case meeting. */
public enum Overlegrol {
  /**
   * Coördinator CJG, tevens procesregisseur: chairs the meeting, keeps an eye on the process and
   * steers on the agreements, without a substantive role in the case.
   */
  PROCESREGISSEUR,
  /** A member of the fixed CJG team of the core organisations. */
  TEAMLID,
  /** A partner who joins for one case (aanschuivende partner). */
  PARTNER,
  /** The zorgcoördinator of a case, who holds the regie of its family plan. */
  ZORGCOORDINATOR
}
