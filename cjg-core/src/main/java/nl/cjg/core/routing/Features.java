package nl.cjg.core.routing;

import java.util.Set;
import nl.cjg.core.casus.Leefgebied;

/**
 * The numbers a rule's conditions test, one slot per feature of a {@link Situatie}: the age, the
 * severity per leefgebied, the highest severity, per severity the number of leefgebieden at or
 * above it, the number of professionals, and one 0/1 slot per safety signal, per circumstance and
 * per flag. Severities are their ordinal. Every condition is an interval on one slot, which makes
 * evaluation a few integer comparisons and lets {@link Satisfiability} decide exactly whether
 * conditions can hold together.
 */
final class Features {
  private static final Leefgebied[] ALL_LEEFGEBIEDEN = Leefgebied.values();
  private static final Veiligheidssignaal[] ALL_SIGNALEN = Veiligheidssignaal.values();
  private static final Omstandigheid[] ALL_OMSTANDIGHEDEN = Omstandigheid.values();
  static final int LEEFGEBIEDEN = ALL_LEEFGEBIEDEN.length;
  static final int ERNSTEN = Ernst.values().length;

  static final int AGE = 0;
  static final int ERNST_FIRST = AGE + 1;
  static final int HIGHEST = ERNST_FIRST + LEEFGEBIEDEN;
  static final int COUNT_FIRST = HIGHEST + 1;
  static final int PROFESSIONALS = COUNT_FIRST + ERNSTEN;
  static final int SIGNAL_FIRST = PROFESSIONALS + 1;
  static final int CIRCUMSTANCE_FIRST = SIGNAL_FIRST + ALL_SIGNALEN.length;
  static final int COOPERATION = CIRCUMSTANCE_FIRST + ALL_OMSTANDIGHEDEN.length;
  static final int CONSENT = COOPERATION + 1;
  static final int ELSEWHERE = CONSENT + 1;
  static final int COORDINATOR = ELSEWHERE + 1;
  static final int VERWIJSINDEX = COORDINATOR + 1;
  static final int PROFESSIONALS_COOPERATION = VERWIJSINDEX + 1;
  static final int STAGNATION = PROFESSIONALS_COOPERATION + 1;
  static final int REPAIR_TRIED = STAGNATION + 1;
  static final int PROCESREGIE_FAILED = REPAIR_TRIED + 1;
  static final int SIZE = PROCESREGIE_FAILED + 1;

  /** The lowest value of every feature. */
  static final int LOWEST = 0;

  private Features() {}

  /**
   * The feature values of {@code situatie}. The signals and circumstances are asked per constant
   * rather than iterated, so that no iterator is made.
   */
  static int[] of(Situatie situatie) {
    int[] values = new int[SIZE];
    values[AGE] = situatie.leeftijd();
    int highest = 0;
    for (Leefgebied leefgebied : ALL_LEEFGEBIEDEN) {
      int ernst = situatie.ernst(leefgebied).ordinal();
      values[ERNST_FIRST + leefgebied.ordinal()] = ernst;
      highest = Math.max(highest, ernst);
      for (int level = 0; level <= ernst; level++) {
        values[COUNT_FIRST + level]++;
      }
    }
    values[HIGHEST] = highest;
    values[PROFESSIONALS] = situatie.betrokkenProfessionals();
    Set<Veiligheidssignaal> signalen = situatie.signalen();
    for (Veiligheidssignaal signaal : ALL_SIGNALEN) {
      values[SIGNAL_FIRST + signaal.ordinal()] = flag(signalen.contains(signaal));
    }
    Set<Omstandigheid> omstandigheden = situatie.omstandigheden();
    for (Omstandigheid omstandigheid : ALL_OMSTANDIGHEDEN) {
      values[CIRCUMSTANCE_FIRST + omstandigheid.ordinal()] = flag(omstandigheden.contains(omstandigheid));
    }
    values[COOPERATION] = flag(situatie.samenwerkingMetOudersMogelijk());
    values[CONSENT] = flag(situatie.metToestemming());
    values[ELSEWHERE] = flag(situatie.inBehandelingElders());
    values[COORDINATOR] = flag(situatie.zorgcoordinatorBekend());
    values[VERWIJSINDEX] = flag(situatie.inVerwijsindex());
    values[PROFESSIONALS_COOPERATION] = flag(situatie.samenwerkingProfessionalsOnvoldoende());
    values[STAGNATION] = flag(situatie.hulpverleningStagneert());
    values[REPAIR_TRIED] = flag(situatie.herstelGeprobeerd());
    values[PROCESREGIE_FAILED] = flag(situatie.procesregieZonderResultaat());
    return values;
  }

  /** The highest value {@code feature} can take in any situation. */
  static int highest(int feature) {
    if (feature == AGE || feature == PROFESSIONALS) {
      return Integer.MAX_VALUE;
    }
    if (feature <= HIGHEST) {
      return ERNSTEN - 1;
    }
    if (feature < PROFESSIONALS) {
      return LEEFGEBIEDEN;
    }
    return 1;
  }

  /**
   * Whether {@code feature} is derived from the severities per leefgebied (a severity, the
   * highest or a count), so that its value depends on the others of that group.
   */
  static boolean inSeverityGroup(int feature) {
    return feature >= ERNST_FIRST && feature < PROFESSIONALS;
  }

  private static int flag(boolean value) {
    return value ? 1 : 0;
  }
}
