package nl.cjg.core.stats;

/**
 * What a {@link Rate} measures, and so whether its count may exceed its base.
 */
public enum RateKind {
  /** Aandeel: a share of a population, such as 112 clients of 6464 young people; at most 100%. */
  AANDEEL(false),
  /** Bereik: reach, participants of a target group, such as the hielprik; at most 100%. */
  BEREIK(false),
  /** Opkomst: attendance, those who came of those invited (opkomstpercentage); at most 100%. */
  OPKOMST(false),
  /**
   * Realisatie: what was done against a norm, such as contact moments performed against the
   * BasisTakenPakket (BTP); may exceed 100%, as the seeds' 127%.
   */
  REALISATIE(true),
  /** Verhouding: a ratio of two counts, such as case requests per meeting; may exceed 1. */
  VERHOUDING(true);

  private final boolean mayExceedBase;

  RateKind(boolean mayExceedBase) {
    this.mayExceedBase = mayExceedBase;
  }

  /** Whether the count may be larger than the base (above 100%) for this kind. */
  public boolean mayExceedBase() {
    return mayExceedBase;
  }
}
