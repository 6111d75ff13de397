package nl.cjg.core.routing;

import java.util.Arrays;
import java.util.Optional;
import nl.cjg.core.casus.Leefgebied;

/**
 * The codes by which rule sets name the leefgebieden of the bespreekformulier (Werkplan CJG Bergen 2012, uitwerking 2, bespreekformulier): as the
 * form writes them, {@code thuis}, {@code school/werk}, {@code vrije tijd/sociale contacten} and
 * {@code overige}.
 */
final class LeefgebiedCodes {
  private LeefgebiedCodes() {}

  /** The code of {@code leefgebied}. */
  static String code(Leefgebied leefgebied) {
    return switch (leefgebied) {
      case THUIS -> "thuis";
      case SCHOOL_WERK -> "school/werk";
      case VRIJE_TIJD_SOCIALE_CONTACTEN -> "vrije tijd/sociale contacten";
      case OVERIGE -> "overige";
    };
  }

  /** The leefgebied with this code, ignoring case and extra white space. */
  static Optional<Leefgebied> fromCode(String code) {
    String wanted = CodeLists.normalise(code);
    return Arrays.stream(Leefgebied.values()).filter(leefgebied -> code(leefgebied).equals(wanted)).findFirst();
  }
}
