package nl.cjg.core.werkplan;

/** The decision at a go/no-go gate between two phases of a plan of approach (001 "Go/No Go"). */
public enum Besluit {
  /** "Go": the next phase may start. */
  GO,
  /** "No Go": the plan stops here; later phases are blocked. */
  NO_GO,
  /** "nog niet besloten": the gate has not been decided yet. */
  NOG_NIET_BESLOTEN
}
