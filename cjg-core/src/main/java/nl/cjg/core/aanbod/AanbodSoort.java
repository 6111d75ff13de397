package nl.cjg.core.aanbod;

/** The kind of an offering, as the werkplan 2012 divides the offerings of each partner. */
public enum AanbodSoort {
  /**
   * Basisaanbod: uniform work for everyone in an age range, such as the JGZ contact moments, the
   * hielprik and the logopedie screening of five-year-olds.
   */
  BASISAANBOD("basisaanbod"),
  /**
   * Flexibel aanbod, maatwerk: extra work on top of the basisaanbod where needed, such as
   * begeleidingscontacten, video hometraining, opvoedcursussen and the opvoedspreekuur.
   */
  FLEXIBEL_AANBOD("flexibel aanbod");

  private final String code;

  AanbodSoort(String code) {
    this.code = code;
  }

  /** The code as the seeds write it. */
  public String code() {
    return code;
  }
}
