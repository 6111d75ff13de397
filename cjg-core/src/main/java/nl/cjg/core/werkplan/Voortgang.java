package nl.cjg.core.werkplan;

/** How far a work plan topic has come, as an evaluation states it. */
public enum Voortgang {
  /** "gepland": planned, not yet under way; the state before any evaluation. */
  GEPLAND,
  /** "in uitvoering": under way. */
  IN_UITVOERING,
  /** "deels gerealiseerd": partly realised; work remains. */
  DEELS_GEREALISEERD,
  /** "gerealiseerd": the intended result is realised. */
  GEREALISEERD,
  /** "niet gerealiseerd": the plan year ended without the result. */
  NIET_GEREALISEERD
}
