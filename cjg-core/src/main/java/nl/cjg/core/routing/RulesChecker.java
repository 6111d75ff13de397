package nl.cjg.core.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a list of rules as a set and compiles them: the checks that do not depend on how the
 * rules were written (ids, priorities, explanations, conditions, rules that can never fire,
 * conflicting rules, a forbidden safety level, the number of rules). The definitions are those of
 * {@code docs/routing-rules.md}.
 */
final class RulesChecker {
  /** A rule id: capitals and digits, in parts joined by dashes, such as {@code ZORG-THUIS}. */
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

  /** The longest rule id. */
  static final int MAX_ID_LENGTH = 40;

  /** The highest level, which no rule may forbid. */
  static final Niveau SAFETY = Niveau.values()[Niveau.values().length - 1];

  private final List<RuleProblem> problems = new ArrayList<>();

  private RulesChecker() {}

  /** Every problem of {@code rules} as a set, in the order of the rules. */
  static List<RuleProblem> check(List<RoutingRule> rules) {
    RulesChecker checker = new RulesChecker();
    checker.checkAll(rules);
    return List.copyOf(checker.problems);
  }

  /**
   * The rules compiled, in evaluation order: highest priority first, rules of equal priority in
   * their order in {@code rules}.
   *
   * @throws IllegalArgumentException when a condition cannot be read; {@link #check} reports that first
   */
  static CompiledRule[] compile(List<RoutingRule> rules) {
    return rules.stream()
        .sorted(Comparator.comparingInt(RoutingRule::priority).reversed())
        .map(rule -> new CompiledRule(rule, conditionsOrFail(rule).toArray(Condition[]::new), forbiddersOfMinimum(rule, rules)))
        .toArray(CompiledRule[]::new);
  }

  /** The ids of the rules that forbid the minimum level of {@code rule}: those that may set it aside. */
  private static List<String> forbiddersOfMinimum(RoutingRule rule, List<RoutingRule> rules) {
    return rule.minimumLevel()
        .map(level -> rules.stream().filter(other -> other.forbiddenLevels().contains(level)).map(RoutingRule::id).toList())
        .orElse(List.of());
  }

  private void checkAll(List<RoutingRule> rules) {
    if (rules.isEmpty()) {
      problems.add(problem(0, null, RuleProblem.Kind.MISSING, "the rule set has no rules"));
    }
    if (rules.size() > RoutingRules.MAX_RULES) {
      RoutingRule first = rules.get(RoutingRules.MAX_RULES);
      problems.add(problem(first.line(), first.id(), RuleProblem.Kind.LIMIT,
          "a rule set holds at most " + RoutingRules.MAX_RULES + " rules, this one " + rules.size()));
    }
    Map<String, RoutingRule> byId = new HashMap<>();
    List<Optional<List<Condition>>> compiled = new ArrayList<>();
    for (RoutingRule rule : rules) {
      RoutingRule earlier = byId.putIfAbsent(rule.id(), rule);
      if (earlier != null) {
        problems.add(problem(rule.line(), rule.id(), RuleProblem.Kind.DUPLICATE,
            "the rule id is also used " + place(earlier)));
      }
      compiled.add(checkRule(rule));
    }
    for (int j = 0; j < rules.size(); j++) {
      for (int i = 0; i < j; i++) {
        checkConflict(rules.get(i), compiled.get(i), rules.get(j), compiled.get(j));
      }
    }
  }

  /** Checks one rule on its own; its compiled conditions, or empty when they cannot be read. */
  private Optional<List<Condition>> checkRule(RoutingRule rule) {
    int line = rule.line();
    String id = rule.id();
    if (!ID.matcher(id).matches() || id.length() > MAX_ID_LENGTH) {
      problems.add(problem(line, null, RuleProblem.Kind.OUT_OF_RANGE,
          "a rule id is capitals, digits and dashes, at most " + MAX_ID_LENGTH
              + " characters, such as VEILIGHEID-ACUUT, not '" + id + "'"));
    }
    if (rule.priority() < 0 || rule.priority() > RoutingRules.MAX_PRIORITY) {
      problems.add(problem(line, id, RuleProblem.Kind.OUT_OF_RANGE,
          "the priority lies from 0 to " + RoutingRules.MAX_PRIORITY + ", not " + rule.priority()));
    }
    if (rule.explanationDutch().isBlank() || rule.explanationEnglish().isBlank()) {
      problems.add(problem(line, id, RuleProblem.Kind.MISSING, "a rule needs an explanation in Dutch and in English"));
    }
    if (rule.source().isBlank()) {
      problems.add(problem(line, id, RuleProblem.Kind.MISSING, "a rule needs a source (bron)"));
    }
    if (!rule.hasEffect()) {
      problems.add(problem(line, id, RuleProblem.Kind.MISSING, "a rule needs at least one effect (dan ...)"));
    }
    rule.minimumLevel().filter(rule.forbiddenLevels()::contains).ifPresent(level ->
        problems.add(problem(line, id, RuleProblem.Kind.CONFLICT,
            "the rule both sets and forbids level '" + level.code() + "'")));
    if (rule.forbiddenLevels().contains(SAFETY)) {
      problems.add(problem(line, id, RuleProblem.Kind.FORBIDS_SAFETY,
          "no rule may forbid level '" + SAFETY.code() + "': safety comes before everything else"));
    }
    List<Condition> conditions = new ArrayList<>();
    for (String text : rule.conditions()) {
      try {
        conditions.add(ConditionParser.parse(text));
      } catch (RuleError e) {
        problems.add(problem(line, id, e.kind(), e.getMessage()));
      }
    }
    if (conditions.size() < rule.conditions().size()) {
      return Optional.empty();
    }
    if (!Satisfiability.satisfiable(conditions)) {
      problems.add(problem(line, id, RuleProblem.Kind.NEVER_FIRES,
          "the rule can never fire: no situation meets " + contradiction(conditions)));
    }
    return Optional.of(conditions);
  }

  /** The smallest contradicting part of {@code conditions} this check finds: one, two, or all. */
  private static String contradiction(List<Condition> conditions) {
    for (Condition condition : conditions) {
      if (!Satisfiability.satisfiable(List.of(condition))) {
        return quoted(List.of(condition));
      }
    }
    for (int j = 0; j < conditions.size(); j++) {
      for (int i = 0; i < j; i++) {
        List<Condition> pair = List.of(conditions.get(i), conditions.get(j));
        if (!Satisfiability.satisfiable(pair)) {
          return quoted(pair);
        }
      }
    }
    return quoted(conditions);
  }

  private static String quoted(List<Condition> conditions) {
    return conditions.stream().map(c -> "'" + c.text() + "'").collect(Collectors.joining(" and "));
  }

  /**
   * Two rules conflict when they have the same priority, one sets level L as its minimum and the
   * other forbids L, and some situation makes both fire.
   */
  private void checkConflict(RoutingRule first, Optional<List<Condition>> firstConditions,
      RoutingRule second, Optional<List<Condition>> secondConditions) {
    if (first.priority() != second.priority() || firstConditions.isEmpty() || secondConditions.isEmpty()) {
      return;
    }
    Optional<Niveau> level = contested(first, second).or(() -> contested(second, first));
    if (level.isEmpty()) {
      return;
    }
    List<Condition> both = new ArrayList<>(firstConditions.get());
    both.addAll(secondConditions.get());
    if (Satisfiability.satisfiable(both)) {
      problems.add(problem(second.line(), second.id(), RuleProblem.Kind.CONFLICT,
          "at the same priority " + second.priority() + " as rule " + first.id() + " " + place(first)
              + ", one sets and the other forbids level '" + level.get().code()
              + "' and both can fire for the same situation"));
    }
  }

  /** The level {@code setter} sets as minimum and {@code forbidder} forbids. */
  private static Optional<Niveau> contested(RoutingRule setter, RoutingRule forbidder) {
    return setter.minimumLevel().filter(forbidder.forbiddenLevels()::contains);
  }

  private static List<Condition> conditionsOrFail(RoutingRule rule) {
    List<Condition> conditions = new ArrayList<>();
    for (String text : rule.conditions()) {
      try {
        conditions.add(ConditionParser.parse(text));
      } catch (RuleError e) {
        throw new IllegalArgumentException("rule " + rule.id() + ": " + e.getMessage(), e);
      }
    }
    return conditions;
  }

  private static String place(RoutingRule rule) {
    return rule.line() > 0 ? "(line " + rule.line() + ")" : "(built in code)";
  }

  static RuleProblem problem(int line, String ruleId, RuleProblem.Kind kind, String message) {
    return RuleProblem.builder().line(line).ruleId(Optional.ofNullable(ruleId)).kind(kind).message(message).build();
  }
}
