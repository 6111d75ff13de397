package nl.cjg.core.routing;

import java.util.EnumSet;
import java.util.Set;
import nl.cjg.core.partner.Discipline;
import nl.cjg.core.partner.Expertise;

/**
 * A rule with its conditions compiled to intervals on {@link Features}, and what the router reads
 * of it for every situation made once: its explanation for when it applies, its minimum level as an
 * ordinal, its forbidden levels, steps, disciplines and expertise as arrays and enum sets, so that
 * routing iterates no immutable collection.
 */
final class CompiledRule {
  /** The value of {@link #minimumLevel()} for a rule that sets no minimum level. */
  static final int NO_MINIMUM = -1;

  private final RoutingRule rule;
  private final Condition[] conditions;
  private final Advies.Toelichting applied;
  private final int minimumLevel;
  private final Niveau[] forbiddenLevels;
  private final Vervolgstap[] steps;
  private final EnumSet<Discipline> disciplines;
  private final EnumSet<Expertise> expertises;

  CompiledRule(RoutingRule rule, Condition[] conditions) {
    this.rule = rule;
    this.conditions = conditions.clone();
    this.applied =
        Advies.Toelichting.builder().regel(rule.id()).nl(rule.explanationDutch()).en(rule.explanationEnglish()).build();
    this.minimumLevel = rule.minimumLevel().map(Niveau::ordinal).orElse(NO_MINIMUM);
    this.forbiddenLevels = rule.forbiddenLevels().toArray(new Niveau[0]);
    this.steps = rule.steps().toArray(new Vervolgstap[0]);
    this.disciplines = EnumSet.noneOf(Discipline.class);
    this.disciplines.addAll(rule.disciplines());
    this.expertises = EnumSet.noneOf(Expertise.class);
    this.expertises.addAll(rule.expertises());
  }

  /** The ordinal of the rule's minimum level, or {@link #NO_MINIMUM}. */
  int minimumLevel() {
    return minimumLevel;
  }

  /** The rule's priority. */
  int priority() {
    return rule.priority();
  }

  /** The id of the rule. */
  String id() {
    return rule.id();
  }

  /** The levels the rule forbids. */
  Niveau[] forbiddenLevels() {
    return forbiddenLevels;
  }

  /**
   * Adds the rule's steps, disciplines and expertise to those of the advice.
   *
   * @param stepsOfAdvice the steps so far, in order
   * @param disciplinesOfAdvice the disciplines so far
   * @param expertisesOfAdvice the expertise so far
   */
  void addEffectsTo(
      Set<Vervolgstap> stepsOfAdvice, EnumSet<Discipline> disciplinesOfAdvice, EnumSet<Expertise> expertisesOfAdvice) {
    for (Vervolgstap step : steps) {
      stepsOfAdvice.add(step);
    }
    disciplinesOfAdvice.addAll(disciplines);
    expertisesOfAdvice.addAll(expertises);
  }

  /** The explanation of the rule when it applies. */
  Advies.Toelichting applied() {
    return applied;
  }

  /** The explanation of the rule when {@code other} set it aside. */
  Advies.Toelichting setAsideBy(String other) {
    return Advies.Toelichting.builder().from(applied).opzijGezetDoor(other).build();
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
