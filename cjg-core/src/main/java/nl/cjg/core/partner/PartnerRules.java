package nl.cjg.core.partner;

import java.util.List;
import java.util.stream.Collectors;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Leeftijdsindelingen;
import nl.cjg.core.validation.internal.Rule;
import nl.cjg.core.validation.internal.RuleTable;

/**
 * The business rules of partners and the network ({@code PARTNER-nnn}), as listed in {@code
 * docs/validation-rules.md}. A partner's website (PARTNER-004) is the field constraint {@link
 * HttpWebadres}.
 */
final class PartnerRules implements RuleTable {
  @Override
  public List<Rule<?>> rules() {
    return List.of(
        Rule.of("PARTNER-001", Partner.class, "leeftijdsgroepen", partner -> !partner.leeftijdsgroepen().isEmpty()),
        Rule.of("PARTNER-002", Partner.class, "kernen", partner -> !partner.kernen().isEmpty()),
        Rule.of("PARTNER-003", Partner.class, "disciplines", partner -> !partner.disciplines().isEmpty()),
        Rule.of("PARTNER-005", Netwerk.class, "partners", netwerk -> hiaten(netwerk).isEmpty())
            .withParameter("hiaten", netwerk -> hiaten(netwerk).stream().map(PartnerRules::ages).collect(Collectors.joining(", "))),
        Rule.each("PARTNER-006", Netwerk.class, "samenwerkingsafspraken[i].partners", Netwerk::samenwerkingsafspraken,
            (netwerk, afspraak) -> afspraak.partners().stream().allMatch(naam -> netwerk.partner(naam).isPresent())
                && afspraak.taken().keySet().stream().allMatch(afspraak.partners()::contains)),
        Rule.each("PARTNER-007", Netwerk.class, "samenwerkingsafspraken[i].partners", Netwerk::samenwerkingsafspraken,
            (netwerk, afspraak) -> afspraak.partners().size() >= 2));
  }

  /** The ages of the CJG target group, 0 through 23, that no partner serves. */
  private static List<Leeftijdsgroep> hiaten(Netwerk netwerk) {
    return netwerk.hiaten(Leeftijdsindelingen.CJG_DOELGROEP);
  }

  /** {@code 19} for one age, {@code 4–11} for several: numbers only, never input text. */
  private static String ages(Leeftijdsgroep band) {
    return band.tot() - band.van() == 1 ? String.valueOf(band.van()) : band.van() + "–" + (band.tot() - 1);
  }
}
