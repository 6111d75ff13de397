package nl.cjg.core.verwijsindex;

import java.util.List;
import nl.cjg.core.populatie.Leeftijd;
import nl.cjg.core.validation.internal.Rule;
import nl.cjg.core.validation.internal.RuleTable;

/**
 * The business rules of Verwijsindex signals ({@code SIGNAAL-nnn}), as listed in {@code
 * docs/validation-rules.md}. The BSN's eleven-test (BSN-001) is the field constraint {@code
 * ElfproefGeldig}.
 */
final class VerwijsindexRules implements RuleTable {
  /** The birthday from which the Verwijsindex no longer serves a young person. */
  private static final int VERJAARDAG = 23;

  @Override
  public List<Rule<?>> rules() {
    return List.of(
        Rule.of("SIGNAAL-001", Signaal.class, "datumRegistratie", VerwijsindexRules::jongerDan23BijRegistratie)
            .withParameter("verjaardag", signaal -> VERJAARDAG));
  }

  /** On the date of registration the young person is born and has not reached the 23rd birthday. */
  private static boolean jongerDan23BijRegistratie(Signaal signaal) {
    return !signaal.datumRegistratie().isBefore(signaal.geboortedatum())
        && Leeftijd.opDatum(signaal.geboortedatum(), signaal.datumRegistratie()) < VERJAARDAG;
  }
}
