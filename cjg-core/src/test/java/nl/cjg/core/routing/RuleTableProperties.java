package nl.cjg.core.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import nl.cjg.core.casus.Leefgebied;
import nl.cjg.core.partner.Discipline;
import nl.cjg.core.partner.Expertise;
import nl.cjg.core.partner.Netwerk;

/**
 * The router's bit masks ({@link RuleTable}: yes/no conditions as masks, the others as intervals,
 * fired rules and the rules setting and forbidding each level as bit sets) decide as the plain
 * reading of the rules ({@link ReferenceRouter}: every condition parsed and tested on its own) for
 * arbitrary rule sets, not only the Bergen rules: conditions on every subject of the rule language
 * with every operator, any priorities, levels set and forbidden, and sets of more than 64 rules, so
 * that the fired rules take more than one word.
 */
class RuleTableProperties {
  private final RouterProperties generators = new RouterProperties();

  @Property(tries = 300)
  void theBitMasksDecideAsThePlainReadingOfAnyRuleSet(
      @ForAll("regelsets") RoutingRules regels,
      @ForAll("situaties") List<Situatie> situaties,
      @ForAll("netwerken") Netwerk netwerk) throws RuleError {
    Statistics.label("rules").collect(regels.rules().size() > Long.SIZE ? "more than 64" : "at most 64");
    Statistics.label("rules").coverage(coverage -> coverage.check("more than 64").count(count -> count > 0));
    for (Situatie situatie : situaties) {
      Advies advies = Router.route(situatie, netwerk, regels);
      assertEquals(ReferenceRouter.route(situatie, netwerk, regels), advies);
      Statistics.label("set aside").collect(advies.toelichtingen().stream().anyMatch(t -> !t.toegepast()));
    }
    Statistics.label("set aside").coverage(coverage -> coverage.check(true).count(count -> count > 0));
  }

  @Provide
  Arbitrary<List<Situatie>> situaties() {
    return generators.situaties().list().ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<Netwerk> netwerken() {
    return generators.netwerken();
  }

  @Provide
  Arbitrary<RoutingRules> regelsets() {
    Arbitrary<List<RoutingRule>> few = rule().list().ofMinSize(1).ofMaxSize(12);
    Arbitrary<List<RoutingRule>> many = rule().list().ofMinSize(90).ofMaxSize(120);
    return Arbitraries.frequencyOf(Tuple.of(4, few), Tuple.of(1, many))
        .map(RuleTableProperties::checkedSet);
  }

  /**
   * The rules as a checked set: the rules the checker refuses (a rule that can never fire, a
   * conflict with another) are left out, and the rest checked again.
   */
  private static RoutingRules checkedSet(List<RoutingRule> generated) {
    List<RoutingRule> rules = new ArrayList<>();
    for (int i = 0; i < generated.size(); i++) {
      rules.add(RoutingRule.builder().from(generated.get(i)).id("R" + i).build());
    }
    while (true) {
      List<RuleProblem> problems = RulesChecker.check(rules);
      if (problems.isEmpty()) {
        return RoutingRules.of("Gegenereerd", rules);
      }
      Set<String> refused = new HashSet<>();
      problems.forEach(problem -> problem.ruleId().ifPresent(refused::add));
      if (refused.isEmpty()) {
        throw new AssertionError("the generated set is refused as a whole: " + problems);
      }
      rules.removeIf(rule -> refused.contains(rule.id()));
      if (rules.isEmpty()) {
        rules.add(RoutingRule.builder().id("ALTIJD").priority(0).addSteps(Vervolgstap.INFORMATIE_GEVEN)
            .explanationDutch("Altijd.").explanationEnglish("Always.").source("test").build());
      }
    }
  }

  private static Arbitrary<RoutingRule> rule() {
    Arbitrary<Niveau> level = Arbitraries.of(Niveau.class);
    Arbitrary<Niveau> forbiddable = Arbitraries.of(Niveau.class).filter(niveau -> niveau != Niveau.VEILIGHEID);
    return Combinators.combine(
            Arbitraries.integers().between(0, 6).map(p -> p * 10),
            condition().list().ofMaxSize(3),
            level.optional(0.6),
            forbiddable.set().ofMaxSize(2).injectNull(0.7),
            Arbitraries.of(Vervolgstap.class).list().ofMaxSize(3),
            Arbitraries.of(Discipline.class).set().ofMaxSize(3),
            Arbitraries.of(Expertise.class).set().ofMaxSize(2))
        .as((priority, conditions, minimum, forbidden, steps, disciplines, expertises) -> {
          Set<Niveau> forbids = forbidden == null ? Set.of() : forbidden;
          // rules that forbid levels have priorities of their own, so that few pairs conflict
          RoutingRule.Builder rule = RoutingRule.builder().id("R").priority(forbids.isEmpty() ? priority : priority + 5)
              .addAllConditions(conditions).minimumLevel(minimum)
              .addAllForbiddenLevels(forbids.stream().filter(niveau -> !minimum.map(niveau::equals).orElse(false)).toList())
              .addAllSteps(steps)
              .addAllDisciplines(disciplines).addAllExpertises(expertises)
              .explanationDutch("Gegenereerd.").explanationEnglish("Generated.").source("test");
          // a rule needs an effect
          return (minimum.isEmpty() && forbidden == null && steps.isEmpty() && disciplines.isEmpty() && expertises.isEmpty()
              ? rule.addSteps(Vervolgstap.INFORMATIE_GEVEN) : rule).build();
        });
  }

  /** A condition on any subject of the rule language, with any operator it allows. */
  private static Arbitrary<String> condition() {
    Arbitrary<String> operator = Arbitraries.of("<", "<=", "=", ">=", ">");
    Arbitrary<String> ernst = Arbitraries.of(Ernst.class).map(Ernst::code);
    Arbitrary<String> jaNee = Arbitraries.of("ja", "nee");
    Arbitrary<String> yesNoSubject = Arbitraries.oneOf(
        Arbitraries.of("samenwerking met ouders mogelijk", "toestemming", "elders in behandeling",
            "zorgcoördinator bekend", "in verwijsindex", "samenwerking professionals onvoldoende",
            "hulpverlening stagneert", "herstel geprobeerd", "procesregie zonder resultaat"),
        Arbitraries.of(Veiligheidssignaal.class).map(signaal -> "signaal " + signaal.code()),
        Arbitraries.of(Omstandigheid.class).map(omstandigheid -> "omstandigheid " + omstandigheid.code()));
    return Arbitraries.oneOf(
        Combinators.combine(operator, Arbitraries.integers().between(0, 30)).as((o, n) -> "leeftijd " + o + " " + n),
        Combinators.combine(Arbitraries.of(Leefgebied.class).map(LeefgebiedCodes::code), operator, ernst)
            .as((l, o, e) -> "ernst " + l + " " + o + " " + e),
        Combinators.combine(operator, ernst).as((o, e) -> "hoogste ernst " + o + " " + e),
        Combinators.combine(ernst, operator, Arbitraries.integers().between(0, 4))
            .as((e, o, n) -> "leefgebieden vanaf " + e + " " + o + " " + n),
        Combinators.combine(operator, Arbitraries.integers().between(0, 4)).as((o, n) -> "professionals " + o + " " + n),
        Combinators.combine(yesNoSubject, jaNee).as((subject, j) -> subject + " = " + j));
  }
}
