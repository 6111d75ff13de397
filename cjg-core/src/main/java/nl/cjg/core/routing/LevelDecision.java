package nl.cjg.core.routing;

import java.util.Arrays;

/**
 * Decides the level of an advice from the rules that fired (steps 2 and 3 of {@link Router}): the
 * candidate is the highest minimum; a level is forbidden when a rule forbids it with a higher
 * priority than every rule setting it; the advice gets the lowest level at or above the candidate
 * that is not forbidden. The highest level is never forbidden (a checked rule set cannot forbid it).
 */
final class LevelDecision {
  private static final Niveau[] LEVELS = Niveau.values();

  private final String[] forbiddenBy = new String[LEVELS.length];
  private final Niveau level;

  /**
   * Decides for the first {@code count} rules of {@code fired}, given highest priority first.
   *
   * @param fired the rules that fired, from the start of the array
   * @param count how many fired
   */
  LevelDecision(CompiledRule[] fired, int count) {
    int levels = LEVELS.length;
    // per level: the highest priority of a rule setting it, then of a rule forbidding it
    int[] priorities = new int[2 * levels];
    Arrays.fill(priorities, -1);
    int candidate = 0;
    for (int r = 0; r < count; r++) {
      CompiledRule rule = fired[r];
      int minimum = rule.minimumLevel();
      if (minimum != CompiledRule.NO_MINIMUM) {
        candidate = Math.max(candidate, minimum);
        priorities[minimum] = Math.max(priorities[minimum], rule.priority());
      }
      for (Niveau niveau : rule.forbiddenLevels()) {
        int forbid = niveau.ordinal();
        if (rule.priority() > priorities[levels + forbid]) {
          priorities[levels + forbid] = rule.priority();
          forbiddenBy[forbid] = rule.id();
        }
      }
    }
    for (int i = 0; i < levels; i++) {
      if (priorities[levels + i] <= priorities[i]) {
        forbiddenBy[i] = null;
      }
    }
    int chosen = candidate;
    while (forbiddenBy[chosen] != null) {
      chosen++;
    }
    this.level = LEVELS[chosen];
  }

  /** The level of the advice. */
  Niveau level() {
    return level;
  }

  /**
   * The id of the rule that forbids the minimum level of {@code rule}.
   *
   * @return the id, or {@code null} when that level is allowed or the rule sets no minimum
   */
  String setAsideBy(CompiledRule rule) {
    int minimum = rule.minimumLevel();
    return minimum == CompiledRule.NO_MINIMUM ? null : forbiddenBy[minimum];
  }
}
