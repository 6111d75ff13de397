package nl.cjg.core.routing;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.cjg.core.partner.Discipline;
import nl.cjg.core.partner.Expertise;

/**
 * A rule with its conditions compiled to intervals on {@link Features}, and what the router reads
 * of it for every situation made once: its conditions as three parallel arrays (slot, lowest,
 * highest), its explanation for when it applies and for when each rule that forbids its minimum
 * level sets it aside, its minimum level as an ordinal, its forbidden levels, steps, disciplines
 * and expertise as arrays and enum sets, so that routing builds no explanation and iterates no
 * immutable collection.
 */
final class CompiledRule {
  /** The value of {@link #minimumLevel()} for a rule that sets no minimum level. */
  static final int NO_MINIMUM = -1;

  private final RoutingRule rule;
  private final int priority;
  private final int[] slots;
  private final int[] lows;
  private final int[] highs;
  private final Advies.Toelichting applied;
  private final Map<String, Advies.Toelichting> setAside;
  private final int minimumLevel;
  private final Niveau[] forbiddenLevels;
  private final Vervolgstap[] steps;
  private final EnumSet<Discipline> disciplines;
  private final EnumSet<Expertise> expertises;

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
    this.slots = new int[conditions.length];
    this.lows = new int[conditions.length];
    this.highs = new int[conditions.length];
    for (int i = 0; i < conditions.length; i++) {
      slots[i] = conditions[i].feature();
      lows[i] = conditions[i].low();
      highs[i] = conditions[i].high();
    }
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
    return priority;
  }

  /** The id of the rule. */
  String id() {
    return rule.id();
  }

  /** The levels the rule forbids. */
  Niveau[] forbiddenLevels() {
    return forbiddenLevels;
  }

  /** The rule's steps, in its order. */
  Vervolgstap[] steps() {
    return steps;
  }

  /**
   * Adds the rule's disciplines and expertise to those of the advice.
   *
   * @param disciplinesOfAdvice the disciplines so far
   * @param expertisesOfAdvice the expertise so far
   */
  void addNeedsTo(EnumSet<Discipline> disciplinesOfAdvice, EnumSet<Expertise> expertisesOfAdvice) {
    disciplinesOfAdvice.addAll(disciplines);
    expertisesOfAdvice.addAll(expertises);
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

  /** Whether every condition holds for these feature values. */
  boolean fires(int[] features) {
    for (int i = 0; i < slots.length; i++) {
      int value = features[slots[i]];
      if (value < lows[i] || value > highs[i]) {
        return false;
      }
    }
    return true;
  }
}
