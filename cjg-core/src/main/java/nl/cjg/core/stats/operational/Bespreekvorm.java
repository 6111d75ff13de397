package nl.cjg.core.stats.operational;

/**
 * How a case is discussed, as far as consent goes: "met toestemming van de ouder(s)" or, without
 * consent, anonymously (the bespreekformulier, 000 ~982).
 */
public enum Bespreekvorm {
  /** Met toestemming: the parents (or the young person) consented; a joint plan is possible. */
  MET_TOESTEMMING("met toestemming"),
  /** Anoniem: zonder toestemming, discussed anonymously as collegial support. */
  ANONIEM("anoniem");

  private final String label;

  Bespreekvorm(String label) {
    this.label = label;
  }

  /**
   * The form of a case with or without consent.
   *
   * @param metToestemming whether there is consent
   * @return {@link #MET_TOESTEMMING} or {@link #ANONIEM}
   */
  public static Bespreekvorm of(boolean metToestemming) {
    return metToestemming ? MET_TOESTEMMING : ANONIEM;
  }

  /** The label in tables, as the seeds write it: {@code met toestemming}, {@code anoniem}. */
  public String label() {
    return label;
  }
}
