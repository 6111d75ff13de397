package nl.cjg.core.routing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Decides the level of an advice from the rules that fired (steps 2 and 3 of {@link Router}): the
 * candidate is the highest minimum; a level is forbidden when a rule forbids it with a higher
 * priority than every rule setting it; the advice gets the lowest level at or above the candidate
 * that is not forbidden. The highest level is never forbidden (a checked rule set cannot forbid it).
 */
final class LevelDecision {
  private static final Niveau[] LEVELS = Niveau.values();

  private final boolean[] forbidden = new boolean[LEVELS.length];
  private final String[] forbiddenBy = new String[LEVELS.length];
  private final Niveau level;

  /** Decides for {@code fired}, given highest priority first. */
  LevelDecision(List<CompiledRule> fired) {
    int[] setPriority = new int[LEVELS.length];
    int[] forbidPriority = new int[LEVELS.length];
    Arrays.fill(setPriority, -1);
    Arrays.fill(forbidPriority, -1);
    int candidate = 0;
    for (CompiledRule rule : fired) {
      int minimum = rule.minimumLevel();
      if (minimum != CompiledRule.NO_MINIMUM) {
        candidate = Math.max(candidate, minimum);
        setPriority[minimum] = Math.max(setPriority[minimum], rule.priority());
      }
      for (Niveau niveau : rule.forbiddenLevels()) {
        int forbid = niveau.ordinal();
        if (rule.priority() > forbidPriority[forbid]) {
          forbidPriority[forbid] = rule.priority();
          forbiddenBy[forbid] = rule.id();
        }
      }
    }
    for (int i = 0; i < LEVELS.length; i++) {
      forbidden[i] = forbidPriority[i] > setPriority[i];
    }
    int chosen = candidate;
    while (forbidden[chosen]) {
      chosen++;
    }
    this.level = LEVELS[chosen];
  }

  /** The level of the advice. */
  Niveau level() {
    return level;
  }

  /** The id of the rule that forbids the minimum level of {@code rule}; empty when that level is allowed. */
  Optional<String> setAsideBy(CompiledRule rule) {
    int minimum = rule.minimumLevel();
    return minimum != CompiledRule.NO_MINIMUM && forbidden[minimum]
        ? Optional.of(forbiddenBy[minimum])
        : Optional.empty();
  }
}
