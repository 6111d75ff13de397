package nl.cjg.core.overleg;

/**
 * What happens to a meeting of a {@link Vergaderschema} whose regular date is not a working day:
 * it falls on a Saturday or Sunday, or within one of the schedule's uitzonderingen (a school
 * holiday, a public holiday).
 */
public enum Uitzonderingsregel {
  /**
   * Vervalt: the meeting is not held. The rhythm is kept, so the next meeting is the next regular
   * one; this is the default, because moving a meeting can put two meetings a few days apart.
   */
  VERVALT,

  /**
   * Volgende werkdag: the meeting moves to the first working day after its regular date (after
   * the holiday). Later meetings keep their regular dates; two meetings that move to the same day
   * are held as one.
   */
  VOLGENDE_WERKDAG
}
