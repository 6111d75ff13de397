package nl.cjg.core.overleg;

import java.util.List;
import java.util.Set;
import nl.cjg.core.validation.internal.Rule;
import nl.cjg.core.validation.internal.RuleTable;

/**
 * The business rules of case meetings ({@code OVERLEG-nnn}, {@code AFSPRAAK-nnn}), as listed in
 * {@code docs/validation-rules.md}.
 */
final class OverlegRules implements RuleTable {
  @Override
  public List<Rule<?>> rules() {
    return List.of(
        Rule.of("OVERLEG-001", Casusoverleg.class, "voorzitter",
            overleg -> overleg.voorzitter().rol() == Voorzitter.Rol.PROCESREGISSEUR),
        Rule.each("OVERLEG-002", Casusoverleg.class, "afsprakenlijst[i].casus", Casusoverleg::afsprakenlijst,
            (overleg, afspraak) -> overleg.casussen().contains(afspraak.casus())),
        Rule.checking("OVERLEG-002", Casusoverleg.class, "aanschuivendePartners[kenmerk]",
            (overleg, breaches) -> nietGeagendeerd(overleg.aanschuivendePartners().keySet(), overleg, breaches)),
        Rule.checking("OVERLEG-002", Casusoverleg.class, "oudersAanwezig[kenmerk]",
            (overleg, breaches) -> nietGeagendeerd(overleg.oudersAanwezig().keySet(), overleg, breaches)),
        Rule.each("AFSPRAAK-001", Casusoverleg.class, "afsprakenlijst[i].uiterlijk", Casusoverleg::afsprakenlijst,
            (overleg, afspraak) -> !afspraak.uiterlijk().isBefore(overleg.datum())));
  }

  /** Reports each kenmerk that is not on the meeting's agenda. */
  private static void nietGeagendeerd(Set<String> kenmerken, Casusoverleg overleg, Rule.Breaches breaches) {
    for (String kenmerk : kenmerken) {
      if (!overleg.casussen().contains(kenmerk)) {
        breaches.at(kenmerk);
      }
    }
  }
}
