package nl.cjg.core.werkplan;

/** The term of a strategic choice of a communication plan (000 ~1685–1750). */
public enum Termijn {
  /** "Korte termijn (&lt; 3 maanden)". */
  KORT(3),
  /** "Middellange termijn (&lt; 6 maanden)". */
  MIDDELLANG(6),
  /** "Lange termijn (&lt; 1 jaar)". */
  LANG(12);

  private final int maanden;

  Termijn(int maanden) {
    this.maanden = maanden;
  }

  /** The term is shorter than this many months: 3, 6 or 12. */
  public int maanden() {
    return maanden;
  }
}
