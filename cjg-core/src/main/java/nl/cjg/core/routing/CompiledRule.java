package nl.cjg.core.routing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule and what the router reads of it for every situation, made once: its conditions compiled
 * to intervals on {@link Features} (which {@link RuleTable} turns into bit masks), its explanation
 * for when it applies and for when each rule that forbids its minimum level sets it aside, its
 * minimum level as an ordinal, its forbidden levels and steps as arrays, and its disciplines and
 * expertise as {@link EnumBits}, so that routing builds no explanation, iterates no immutable
 * collection and makes no set.
 */
final class CompiledRule {
  /** The value of {@link #minimumLevel()} for a rule that sets no minimum level. */
  static final int NO_MINIMUM = -1;

  private final RoutingRule rule;
  private final int priority;
  private final Condition[] conditions;
  private final Advies.Toelichting applied;
  private final Map<String, Advies.Toelichting> setAside;
  private final int minimumLevel;
  private final Niveau[] forbiddenLevels;
  private final Vervolgstap[] steps;
  private final long disciplines;
  private final long expertises;

  /**
   * Compiles {@code rule}.
   *
   * @param rule the rule
   * @param conditions its conditions, compiled
   * @param forbidders the ids of the rules that forbid its minimum level (empty when it sets none)
   */
  CompiledRule(RoutingRule rule, Condition[] conditions, List<String> forbidders) {
    this.rule = rule;
    this.priority = rule.priority();
    this.conditions = conditions.clone();
    this.applied =
        Advies.Toelichting.builder().regel(rule.id()).nl(rule.explanationDutch()).en(rule.explanationEnglish()).build();
    Map<String, Advies.Toelichting> byForbidder = new HashMap<>();
    for (String forbidder : forbidders) {
      byForbidder.put(forbidder, Advies.Toelichting.builder().from(applied).opzijGezetDoor(forbidder).build());
    }
    this.setAside = Map.copyOf(byForbidder);
    this.minimumLevel = rule.minimumLevel().map(Niveau::ordinal).orElse(NO_MINIMUM);
    this.forbiddenLevels = rule.forbiddenLevels().toArray(new Niveau[0]);
    this.steps = rule.steps().toArray(new Vervolgstap[0]);
    this.disciplines = EnumBits.of(rule.disciplines());
    this.expertises = EnumBits.of(rule.expertises());
  }

  /** The ordinal of the rule's minimum level, or {@link #NO_MINIMUM}. */
  int minimumLevel() {
    return minimumLevel;
  }

  /** The rule's priority. */
  int priority() {
    return priority;
  }

  /** The id of the rule. */
  String id() {
    return rule.id();
  }

  /** The rule's conditions, compiled; all must hold for it to fire. */
  Condition[] conditions() {
    return conditions.clone();
  }

  /** The levels the rule forbids. */
  Niveau[] forbiddenLevels() {
    return forbiddenLevels.clone();
  }

  /** The rule's steps, in its order. */
  Vervolgstap[] steps() {
    return steps;
  }

  /** The disciplines the rule asks for, as {@link EnumBits} of {@link nl.cjg.core.partner.Discipline}. */
  long disciplines() {
    return disciplines;
  }

  /** The expertise the rule asks for, as {@link EnumBits} of {@link nl.cjg.core.partner.Expertise}. */
  long expertises() {
    return expertises;
  }

  /** The explanation of the rule when it applies. */
  Advies.Toelichting applied() {
    return applied;
  }

  /**
   * The explanation of the rule when {@code other} set it aside.
   *
   * @param other the id of a rule that forbids this rule's minimum level
   */
  Advies.Toelichting setAsideBy(String other) {
    return setAside.get(other);
  }
}
