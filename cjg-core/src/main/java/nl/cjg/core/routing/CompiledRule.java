package nl.cjg.core.routing;

/**
 * A rule with its conditions compiled to intervals on {@link Features}, and its explanation for
 * when it applies, made once.
 */
final class CompiledRule {
  private final RoutingRule rule;
  private final Condition[] conditions;
  private final Toelichting applied;

  CompiledRule(RoutingRule rule, Condition[] conditions) {
    this.rule = rule;
    this.conditions = conditions.clone();
    this.applied =
        Toelichting.builder().regel(rule.id()).nl(rule.explanationDutch()).en(rule.explanationEnglish()).build();
  }

  RoutingRule rule() {
    return rule;
  }

  /** The explanation of the rule when it applies. */
  Toelichting applied() {
    return applied;
  }

  /** The explanation of the rule when {@code other} set it aside. */
  Toelichting setAsideBy(String other) {
    return Toelichting.builder().from(applied).opzijGezetDoor(other).build();
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
