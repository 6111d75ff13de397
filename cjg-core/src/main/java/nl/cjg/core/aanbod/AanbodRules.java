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
        Rule.checking("AANBOD-005", Uitsplitsing.class, "aantallen[category]", AanbodRules::categorieHoogstTotaal),
        Rule.of("AANBOD-006", Kengetal.class, "percentages", AanbodRules::aandelenPassenBijDeelnemers),
        Rule.each("AANBOD-007", Kengetal.class, "percentages[i].waarde", Kengetal::percentages, AanbodRules::kloptMetAantallen));
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

  /**
   * The shares of the deelnemers admit whole counts, each giving its share at the shown decimals,
   * that add up to the deelnemers: the deelnemers lie in the sum of the shares' intervals of counts.
   * Without deelnemers (or none above 0) or without shares, it holds.
   */
  private static boolean aandelenPassenBijDeelnemers(Kengetal kengetal) {
    List<Kengetal.Percentage> aandelen =
        kengetal.percentages().stream().filter(p -> p.soort() == Kengetal.Percentage.Soort.AANDEEL).toList();
    int deelnemers = kengetal.deelnemers().orElse(0);
    if (aandelen.isEmpty() || deelnemers <= 0) {
      return true;
    }
    return aandelen.stream()
        .map(aandeel -> aandeel.tellers(deelnemers))
        .reduce(Kengetal.Percentage.Interval::plus)
        .orElseThrow()
        .contains(deelnemers);
  }

  /**
   * A published rate agrees, at its shown decimals, with the count and base its measure gives for
   * it ({@link Kengetal#teller}, {@link Kengetal#noemer}): bereik with deelnemers of
   * doelgroepgrootte, opkomst with opgekomen of doelgroepgrootte, uitvoering with contacten of norm.
   * Without either count, or with a base of 0, it holds.
   */
  private static boolean kloptMetAantallen(Kengetal kengetal, Kengetal.Percentage percentage) {
    Optional<Integer> teller = kengetal.teller(percentage.soort());
    Optional<Integer> noemer = kengetal.noemer(percentage.soort());
    return teller.isEmpty() || noemer.filter(n -> n > 0).isEmpty() || percentage.klopt(teller.get(), noemer.get());
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
