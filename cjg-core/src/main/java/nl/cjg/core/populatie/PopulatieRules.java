package nl.cjg.core.populatie;

import java.util.List;
import java.util.Optional;
import nl.cjg.core.validation.internal.Rule;
import nl.cjg.core.validation.internal.RuleTable;

/**
 * The business rules of population tables ({@code POPULATIE-nnn}), as listed in {@code
 * docs/validation-rules.md}. The target ages of a group (POPULATIE-003) are the field constraint
 * {@link BinnenCjgDoelgroep}.
 */
final class PopulatieRules implements RuleTable {
  @Override
  public List<Rule<?>> rules() {
    return List.of(
        Rule.each("POPULATIE-001", Populatie.class, "tellingen[i].aantal", Populatie::tellingen,
            PopulatieRules::hoogstInwoners),
        Rule.each("POPULATIE-002", Populatie.class, "tellingen[i].kern", Populatie::tellingen,
            (populatie, telling) -> telling.kern().filter(kern -> !kern.gemeente().equals(populatie.gemeente())).isEmpty()));
  }

  /**
   * A band count does not exceed the total inhabitants of the same kern (or of the municipality);
   * a band without such a total is not this rule's concern.
   */
  private static boolean hoogstInwoners(Populatie populatie, Populatie.Telling telling) {
    if (telling.leeftijdsgroep().isEmpty()) {
      return true;
    }
    Optional<Integer> totaal =
        telling.kern().isPresent() ? populatie.inwoners(telling.kern().get()) : populatie.inwonersGemeente();
    return totaal.isEmpty() || telling.aantal() <= totaal.get();
  }
}
