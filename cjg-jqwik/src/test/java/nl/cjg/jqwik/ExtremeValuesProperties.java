package nl.cjg.jqwik;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.providers.TypeUsage;
import net.jqwik.api.statistics.Statistics;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.core.validation.ValidationResult;
import nl.cjg.core.werkplan.Werkplan;
import nl.cjg.core.werkplan.WerkplanItem;

/**
 * Business validation is total: every value of every type, built with extreme field values (the
 * first and last dates and years {@code java.time} holds, the largest counts, empty lists), is
 * validated without an exception and without a rule failing ({@code VALIDATIE-001}); only
 * documented rules are reported. Each try builds one value of every type from jqwik's random
 * source, so that a failure can be reproduced from its seed.
 */
class ExtremeValuesProperties {
  private static final CjgValidator VALIDATOR = CjgValidator.create();

  /** A generator per type of the library, in a fixed order. */
  private static final List<RandomGenerator<?>> GENERATORS = generators();

  private static List<RandomGenerator<?>> generators() {
    CjgArbitraryProvider provider = new CjgArbitraryProvider();
    return CjgArbitraryProvider.types().stream()
        .sorted(Comparator.comparing(Class::getName))
        .<RandomGenerator<?>>map(type -> provider.provideFor(TypeUsage.of(type), null).iterator().next().generator(100))
        .toList();
  }

  /** Each try makes one value of every type and validates it with extreme fields. */
  @Property(tries = 200)
  void everyRuleDecidesExtremeValues(@ForAll Random random) {
    Set<String> known = new TreeSet<>(CjgArbitraries.invalidRuleIds());
    for (RandomGenerator<?> generator : GENERATORS) {
      Extremen extremen = new Extremen(random);
      Object extreem = extremen.of(generator.next(random).value());
      Statistics.label("fields changed").collect(extremen.changes() > 0);

      ValidationResult result = VALIDATOR.validate(extreem);

      assertFalse(
          result.ruleIds().contains(CjgValidator.UNCHECKED_RULE_ID),
          () -> "a rule failed on " + extreem.getClass().getSimpleName());
      assertTrue(known.containsAll(result.ruleIds()), () -> result.ruleIds().toString());
    }
    Statistics.label("fields changed").coverage(coverage -> coverage.check(true).percentage(p -> p > 50));
  }

  @Example
  void aWorkPlanOfTheLastYearIsCheckedAgainstItsYear() {
    Werkplan plan = CjgArbitraries.werkplan().sample();
    WerkplanItem item = plan.items().isEmpty() ? CjgArbitraries.werkplanItem().sample() : plan.items().get(0);
    Werkplan laatste =
        Werkplan.builder()
            .from(plan)
            .jaar(java.time.Year.of(java.time.Year.MAX_VALUE))
            .evaluaties(List.of())
            .items(List.of(WerkplanItem.builder().from(item).evaluaties(List.of()).build()))
            .build();
    ValidationResult result = VALIDATOR.validate(laatste);
    assertTrue(result.ruleIds().equals(Set.of("WERKPLAN-002")), result::toString);
    assertTrue(result.violations().get(0).message().contains(String.valueOf(java.time.Year.MAX_VALUE)));
  }
}
