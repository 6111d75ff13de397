package nl.cjg.core.routing;

/** A rule with its conditions compiled to intervals on {@link Features}. */
final class CompiledRule {
  private final RoutingRule rule;
  private final Condition[] conditions;

  CompiledRule(RoutingRule rule, Condition[] conditions) {
    this.rule = rule;
    this.conditions = conditions.clone();
  }

  RoutingRule rule() {
    return rule;
  }

  /** Whether every condition holds for these feature values. */
  boolean fires(int[] features) {
    for (Condition condition : conditions) {
      if (!condition.holds(features)) {
        return false;
      }
    }
    return true;
  }
}
