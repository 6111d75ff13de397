package nl.cjg.core.routing;

import java.util.Optional;

/** A life domain of the bespreekformulier (000 ~1040): where a concern lies. */
public enum Leefgebied {
  /** Thuis (home). */
  THUIS("thuis"),
  /** School/werk (school or work). */
  SCHOOL_WERK("school/werk"),
  /** Vrije tijd/sociale contacten (leisure and social contacts). */
  VRIJE_TIJD("vrije tijd/sociale contacten"),
  /** Overige (anything else). */
  OVERIGE("overige");

  private final String code;

  Leefgebied(String code) {
    this.code = code;
  }

  /** The code as the bespreekformulier writes it, for example {@code school/werk}. */
  public String code() {
    return code;
  }

  /**
   * The leefgebied with this code, ignoring case.
   *
   * @param code for example {@code thuis}
   * @return the leefgebied, or empty for an unknown code
   */
  public static Optional<Leefgebied> vanCode(String code) {
    return CodeLists.byCode(values(), Leefgebied::code, code);
  }
}
