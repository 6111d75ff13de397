package nl.cjg.core.casus;

/** Where a goal of a family plan stands. */
public enum Doelstatus {
  /** Lopend: being worked on. */
  LOPEND,
  /** Bereikt: reached. */
  BEREIKT,
  /** Niet bereikt: given up or not reached in the plan's term. */
  NIET_BEREIKT
}
