package nl.cjg.core.casus;

/**
 * A life domain of the bespreekformulier's "korte schets problematiek per leefgebied": the keys of
 * {@link Casus#schets()}.
 *
 * <p>The Verwijsindex names five other domains in which a risk may be signalled (materiële
 * omstandigheden, gezondheid, opvoeding/gezin, onderwijs/werk, sociale omgeving). They are not
 * part of a case: a Verwijsindex signal carries nothing of a case's content.
 */
public enum Leefgebied {
  /** Thuis: home and family life. */
  THUIS,
  /** School/werk. */
  SCHOOL_WERK,
  /** Vrije tijd/sociale contacten. */
  VRIJE_TIJD_SOCIALE_CONTACTEN,
  /** Overige informatie: everything that fits no other life domain. */
  OVERIGE
}
