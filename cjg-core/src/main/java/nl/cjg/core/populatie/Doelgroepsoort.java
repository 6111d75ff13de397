package nl.cjg.core.populatie;

/**
 * Who a target group (doelgroep) or an offering is for, as the communicatieplan 2012 and the
 * werkplan 2012 name them. Each constant carries its code as the sources write it.
 */
public enum Doelgroepsoort {
  /** Children and young people themselves ("jeugdigen"), from birth through age 23. */
  JEUGDIGEN("jeugdigen"),
  /** Parents and other carers who raise a child ("ouders/opvoeders"). */
  OUDERS("ouders/opvoeders"),
  /** Parents-to-be, before the birth of their child ("toekomstige ouders"). */
  TOEKOMSTIGE_OUDERS("toekomstige ouders"),
  /** Professionals working with children and parents ("professionals"). */
  PROFESSIONALS("professionals"),
  /** The core organisations of the CJG ("kernpartners"). */
  KERNPARTNERS("kernpartners"),
  /** The other organisations of the CJG network ("netwerkpartners"). */
  NETWERKPARTNERS("netwerkpartners");

  private final String code;

  Doelgroepsoort(String code) {
    this.code = code;
  }

  /** The code as the sources write it, for example {@code toekomstige ouders}. */
  public String code() {
    return code;
  }

  /**
   * Whether this group is defined by the age of a born child: jeugdigen by their own age, ouders
   * by their child's. Parents-to-be (before birth), professionals and partners are not.
   */
  public boolean betreftLeeftijd() {
    return this == JEUGDIGEN || this == OUDERS;
  }
}
