package nl.cjg.core.werkplan;

/** The four steps of a phased plan of approach, in their order (001). */
public enum Stap {
  /** "Stap 1. Oriëntatiefase": learn what a CJG is and win (political) support. */
  ORIENTATIEFASE(1),
  /** "Stap 2. Ontwikkelfase": work out the tasks of the CJG and lay them down in an agreement. */
  ONTWIKKELFASE(2),
  /** "Stap 3. Uitvoeringsfase": work out, prepare and implement the CJG. */
  UITVOERINGSFASE(3),
  /** "Stap 4. Consolidatiefase": optimise the working of the CJG. */
  CONSOLIDATIEFASE(4);

  private final int nummer;

  Stap(int nummer) {
    this.nummer = nummer;
  }

  /** The step's number, 1 to 4. */
  public int nummer() {
    return nummer;
  }
}
