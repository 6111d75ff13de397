package nl.cjg.core.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.core.validation.ValidationResult;
import nl.cjg.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * The generic rule validator on a type of its own: paths with list indices and map keys, message
 * parameters, and a failing rule reported as {@code VALIDATIE-001} instead of thrown.
 */
class RulesValidatorTest {
  private static final CjgValidator VALIDATOR = CjgValidator.create();

  /** What the sample rules break. */
  enum Fout {
    GEEN,
    NESTED,
    THROWS,
    WRONG_POSITIONS
  }

  /** A value with a list, a map and a switch for the failing rules. */
  @Rules(SampleRules.class)
  static final class Plan {
    private final List<String> stappen;
    private final Map<String, Integer> aantallen;
    private final Fout fout;

    Plan(List<String> stappen, Map<String, Integer> aantallen, Fout fout) {
      this.stappen = stappen;
      this.aantallen = aantallen;
      this.fout = fout;
    }

    public List<String> stappen() {
      return stappen;
    }

    public Map<String, Integer> aantallen() {
      return aantallen;
    }

    public Fout fout() {
      return fout;
    }
  }

  /** Rules with real ids, so that their messages exist. */
  static final class SampleRules implements RuleTable {
    private SampleRules() {}

    @Override
    public List<Rule<?>> rules() {
      return List.of(
          Rule.each("COMMUNICATIEPLAN-003", Plan.class, "stappen[i].middelen", Plan::stappen, (plan, stap) -> !stap.isBlank()),
          Rule.checking("AANBOD-005", Plan.class, "aantallen[category]", (plan, breaches) ->
              plan.aantallen().forEach((categorie, aantal) -> {
                if (aantal < 0) {
                  breaches.at(categorie);
                }
              })),
          Rule.checking("PLANVANAANPAK-001", Plan.class, "fasen[i].acties[j].wanneer", (plan, breaches) -> {
            if (plan.fout() == Fout.NESTED) {
              breaches.at(2, 0);
            }
            if (plan.fout() == Fout.WRONG_POSITIONS) {
              breaches.at(2);
            }
          }),
          Rule.of("WERKPLAN-001", Plan.class, "", plan -> {
                if (plan.fout() == Fout.THROWS) {
                  throw new IllegalStateException("a defect");
                }
                return plan.stappen().size() != 4;
              })
              .withParameter("jaar", plan -> 2012));
    }
  }

  @Test
  void eachBrokenElementIsReportedAtItsIndex() {
    ValidationResult result = VALIDATOR.validate(new Plan(List.of(" ", "a", ""), Map.of(), Fout.GEEN));
    assertEquals(
        List.of("stappen[0].middelen", "stappen[2].middelen"),
        result.violations().stream().map(Violation::path).toList());
    assertEquals(
        "de stap noemt geen middelen (middelenmix)", result.violations().get(0).message());
  }

  @Test
  void aMapKeyEndsThePath() {
    ValidationResult result = VALIDATOR.validate(new Plan(List.of(), Map.of("ouders", -1, "kinderen", 2), Fout.GEEN));
    assertEquals(1, result.violations().size());
    assertEquals("AANBOD-005", result.violations().get(0).ruleId());
    assertEquals("aantallen[ouders]", result.violations().get(0).path());
  }

  @Test
  void nestedListsTakeOneIndexEach() {
    ValidationResult result = VALIDATOR.validate(new Plan(List.of(), Map.of(), Fout.NESTED));
    assertEquals("fasen[2].acties[0].wanneer", result.violations().get(0).path());
    assertEquals("PLANVANAANPAK-001", result.violations().get(0).ruleId());
  }

  @Test
  void aBreachOfTheValueItselfHasTheEmptyPathAndItsParameters() {
    ValidationResult result = VALIDATOR.validate(new Plan(List.of("a", "b", "c", "d"), Map.of(), Fout.GEEN));
    assertEquals(1, result.violations().size());
    Violation violation = result.violations().get(0);
    assertEquals("WERKPLAN-001", violation.ruleId());
    assertEquals("", violation.path());
    assertEquals("de evaluatie is gedateerd vóór het planjaar 2012", violation.message());
  }

  @Test
  void aRuleThatFailsIsReportedNotThrown() {
    for (Fout fout : List.of(Fout.THROWS, Fout.WRONG_POSITIONS)) {
      ValidationResult result = VALIDATOR.validate(new Plan(List.of(), Map.of(), fout));
      assertEquals(1, result.violations().size(), fout::name);
      Violation violation = result.violations().get(0);
      assertEquals(CjgValidator.UNCHECKED_RULE_ID, violation.ruleId());
      assertEquals("", violation.path());
      assertTrue(violation.message().startsWith("de waarde kon niet volledig worden gecontroleerd"));
      assertTrue(CjgValidator.create(java.util.Locale.ENGLISH)
          .validate(new Plan(List.of(), Map.of(), fout))
          .violations()
          .get(0)
          .message()
          .startsWith("the value could not be checked completely"));
    }
  }

  @Test
  void aPathIsCheckedWhenTheRuleIsMade() {
    assertThrows(IllegalArgumentException.class, () -> Rule.of("CASUS-004", Plan.class, "stappen[i]", plan -> true));
    assertThrows(IllegalArgumentException.class, () -> Rule.checking("CASUS-004", Plan.class, "stappen..x", (p, b) -> {}));
    assertThrows(
        IllegalArgumentException.class,
        () -> Rule.each("CASUS-004", Plan.class, "stappen", Plan::stappen, (plan, stap) -> true));
    assertEquals("fasen[i].acties[j].wanneer", Rule.checking("CASUS-004", Plan.class, "fasen[i].acties[j].wanneer", (p, b) -> {}).path());
  }

  @Test
  void theTablesOfTheLibraryAreReadOnce() {
    assertTrue(Rules.Validator.rulesOf(SampleRules.class) == Rules.Validator.rulesOf(SampleRules.class));
    assertEquals(List.of("jaar"), Rules.Validator.rulesOf(SampleRules.class).get(3).parameters());
  }
}
