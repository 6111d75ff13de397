package nl.cjg.core.overleg;

/**
 * How urgent a request for the case meeting is. An urgent request goes before every normal one
 * on the agenda, whatever its request date.
 */
public enum Prioriteit {
  /** Spoed: concerns about the child's safety or development that cannot wait; first on the agenda. */
  SPOED,

  /** Normaal: a regular request, planned in order of request date. */
  NORMAAL
}
