package nl.cjg.core.routing;

import java.util.List;

/**
 * Decides exactly whether some {@link Situatie} meets all of a list of conditions. Each condition
 * is an interval on one feature; features are independent of each other except those derived from
 * the severities per leefgebied (the highest severity and the counts per severity), so those are
 * checked by trying every combination of severities the intervals allow (at most 4^4).
 */
final class Satisfiability {
  private Satisfiability() {}

  /** Whether a situation exists in which every condition of {@code conditions} holds. */
  static boolean satisfiable(List<Condition> conditions) {
    long[] low = new long[Features.SIZE];
    long[] high = new long[Features.SIZE];
    for (int feature = 0; feature < Features.SIZE; feature++) {
      low[feature] = Features.LOWEST;
      high[feature] = Features.highest(feature);
    }
    for (Condition condition : conditions) {
      low[condition.feature()] = Math.max(low[condition.feature()], condition.low());
      high[condition.feature()] = Math.min(high[condition.feature()], condition.high());
    }
    for (int feature = 0; feature < Features.SIZE; feature++) {
      if (low[feature] > high[feature]) {
        return false;
      }
    }
    return severitiesPossible(low, high, new int[Features.LEEFGEBIEDEN], 0);
  }

  /** Tries the severities of leefgebied {@code index} onwards, with those before it fixed. */
  private static boolean severitiesPossible(long[] low, long[] high, int[] ernst, int index) {
    if (index == ernst.length) {
      return derivedWithin(low, high, ernst);
    }
    int feature = Features.ERNST_FIRST + index;
    for (int value = (int) low[feature]; value <= high[feature]; value++) {
      ernst[index] = value;
      if (severitiesPossible(low, high, ernst, index + 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean derivedWithin(long[] low, long[] high, int[] ernst) {
    int highest = 0;
    for (int value : ernst) {
      highest = Math.max(highest, value);
    }
    if (highest < low[Features.HIGHEST] || highest > high[Features.HIGHEST]) {
      return false;
    }
    for (int level = 0; level < Features.ERNSTEN; level++) {
      int count = 0;
      for (int value : ernst) {
        if (value >= level) {
          count++;
        }
      }
      int feature = Features.COUNT_FIRST + level;
      if (count < low[feature] || count > high[feature]) {
        return false;
      }
    }
    return true;
  }
}
