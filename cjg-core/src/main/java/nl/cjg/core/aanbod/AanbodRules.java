package nl.cjg.core.aanbod;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cjg.core.populatie.Doelgroepsoort;
import nl.cjg.core.validation.internal.Rule;
import nl.cjg.core.validation.internal.RuleTable;

/**
 * The business rules of offerings and their measures ({@code AANBOD-nnn}), as listed in {@code
 * docs/validation-rules.md}. The target ages of an offering (POPULATIE-003) are the field
 * constraint {@code BinnenCjgDoelgroep}.
 */
final class AanbodRules implements RuleTable {
  @Override
  public List<Rule<?>> rules() {
    return List.of(
        Rule.of("AANBOD-001", Aanbod.class, "voor", aanbod -> !aanbod.voor().isEmpty()),
        Rule.of("AANBOD-002", Aanbod.class, "leeftijdsgroep", AanbodRules::leeftijdenGenoemd),
        Rule.of("AANBOD-003", Kengetal.class, "deelnemers", k -> binnenDoelgroep(k.deelnemers(), k)),
        Rule.of("AANBOD-003", Kengetal.class, "opgekomen", k -> binnenDoelgroep(k.opgekomen(), k)),
        Rule.of("AANBOD-004", Uitsplitsing.class, "totaal", AanbodRules::somGelijkAanTotaal),
        Rule.checking("AANBOD-005", Uitsplitsing.class, "aantallen[category]", AanbodRules::categorieHoogstTotaal));
  }

  /** An offering for a group defined by a child's age names its age band. */
  private static boolean leeftijdenGenoemd(Aanbod aanbod) {
    return aanbod.leeftijdsgroep().isPresent() || aanbod.voor().stream().noneMatch(Doelgroepsoort::betreftLeeftijd);
  }

  /** A count is not above the doelgroepgrootte; without one, or without the count, it holds. */
  private static boolean binnenDoelgroep(Optional<Integer> aantal, Kengetal kengetal) {
    return aantal.isEmpty()
        || kengetal.doelgroepgrootte().isEmpty()
        || aantal.get() <= kengetal.doelgroepgrootte().get();
  }

  /** A partition with a stated total adds up to it. */
  private static boolean somGelijkAanTotaal(Uitsplitsing uitsplitsing) {
    return uitsplitsing.overlappend()
        || uitsplitsing.totaal().isEmpty()
        || uitsplitsing.som() == uitsplitsing.totaal().get();
  }

  /** No category of an overlapping breakdown with a stated total exceeds it. */
  private static void categorieHoogstTotaal(Uitsplitsing uitsplitsing, Rule.Breaches breaches) {
    if (!uitsplitsing.overlappend() || uitsplitsing.totaal().isEmpty()) {
      return;
    }
    int totaal = uitsplitsing.totaal().get();
    for (Map.Entry<String, Integer> categorie : uitsplitsing.aantallen().entrySet()) {
      if (categorie.getValue() > totaal) {
        breaches.at(categorie.getKey());
      }
    }
  }
}
