package nl.cjg.core.routing;

/**
 * Decides the level of an advice from the rules that fired (steps 2 and 3 of {@link Router}): the
 * candidate is the highest minimum; a level is forbidden when a rule forbids it with a higher
 * priority than every rule setting it; the advice gets the lowest level at or above the candidate
 * that is not forbidden. The highest level is never forbidden (a checked rule set cannot forbid it).
 * The rules come highest priority first, so the first fired rule setting or forbidding a level has
 * the highest priority of those that do.
 */
final class LevelDecision {
  private static final Niveau[] LEVELS = Niveau.values();

  private final RuleTable table;
  private final long[] fired;
  private final int forbidden;
  private final Niveau level;

  /**
   * Decides for the rules that fired.
   *
   * @param table the rules
   * @param fired the rules that fired, as {@link RuleTable#fired} gives them
   */
  LevelDecision(RuleTable table, long[] fired) {
    this.table = table;
    this.fired = fired;
    int candidate = LEVELS.length - 1;
    while (candidate > 0 && table.firstSetting(candidate, fired) < 0) {
      candidate--;
    }
    int forbiddenLevels = 0;
    if (table.anyForbidding(fired)) {
      for (int level = 0; level < LEVELS.length; level++) {
        int forbidder = table.firstForbidding(level, fired);
        int setter = table.firstSetting(level, fired);
        if (forbidder >= 0 && (setter < 0 || table.rule(forbidder).priority() > table.rule(setter).priority())) {
          forbiddenLevels |= 1 << level;
        }
      }
    }
    int chosen = candidate;
    while ((forbiddenLevels & (1 << chosen)) != 0) {
      chosen++;
    }
    this.forbidden = forbiddenLevels;
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
    if (minimum == CompiledRule.NO_MINIMUM || (forbidden & (1 << minimum)) == 0) {
      return null;
    }
    return table.rule(table.firstForbidding(minimum, fired)).id();
  }
}
