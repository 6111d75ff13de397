package nl.cjg.core.casus;

import java.util.List;
import java.util.Optional;
import nl.cjg.core.casus.Casus.Anonimiteit;
import nl.cjg.core.casus.Toestemming.Toestemmingsleeftijd;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.privacy.PersonalDataHeuristic;
import nl.cjg.core.routing.Ernst;
import nl.cjg.core.validation.internal.Rule;
import nl.cjg.core.validation.internal.RuleTable;

/**
 * The business rules of cases, consent and family plans ({@code CASUS-nnn}, {@code ANONIEM-nnn},
 * {@code TOESTEMMING-nnn}, {@code GEZINSPLAN-nnn}), as listed in {@code docs/validation-rules.md}.
 */
final class CasusRules implements RuleTable {
  /** The highest age the CJG serves. */
  private static final int MAX_LEEFTIJD = 23;

  @Override
  public List<Rule<?>> rules() {
    return List.of(
        // CASUS-001 is reported at the field the child's age comes from.
        Rule.of("CASUS-001", Casus.class, "kind.persoonsgegevens.geboortedatum",
                casus -> casus.kind().geboortedatum().isEmpty() || binnenCjgLeeftijd(casus))
            .withParameter("max", casus -> MAX_LEEFTIJD),
        Rule.of("CASUS-001", Casus.class, "kind.leeftijd",
                casus -> casus.kind().geboortedatum().isPresent()
                    || casus.kind().leeftijd().isEmpty()
                    || binnenCjgLeeftijd(casus))
            .withParameter("max", casus -> MAX_LEEFTIJD),
        Rule.of("CASUS-001", Casus.class, "kind.leeftijdsgroep",
                casus -> casus.kind().geboortedatum().isPresent()
                    || casus.kind().leeftijd().isPresent()
                    || binnenCjgLeeftijd(casus))
            .withParameter("max", casus -> MAX_LEEFTIJD),
        Rule.of("CASUS-002", Kind.class, "",
            kind -> kind.geboortedatum().isPresent() || kind.leeftijd().isPresent() || kind.leeftijdsgroep().isPresent()),
        Rule.of("CASUS-003", Casus.class, "kind.persoonsgegevens.geboortedatum", CasusRules::kindBijVerwijsindexmeldingBekend),
        Rule.of("CASUS-004", Casus.class, "datumOverleg",
            casus -> casus.datumOverleg().filter(overleg -> overleg.isBefore(casus.datumInvulling())).isEmpty()),
        Rule.of("CASUS-005", Casus.class, "kenmerk", casus -> !PersonalDataHeuristic.looksLikePersonalData(casus.kenmerk())),
        Rule.of("ANONIEM-001", Casus.class, "kind.school", casus -> !casus.isAnoniem() || casus.kind().school().isEmpty()),
        Rule.of("ANONIEM-001", Casus.class, "kind.groepOfKlas",
            casus -> !casus.isAnoniem() || casus.kind().groepOfKlas().isEmpty()),
        Rule.of("ANONIEM-001", Casus.class, "kind.schoolloopbaan",
            casus -> !casus.isAnoniem() || casus.kind().schoolloopbaan().isEmpty()),
        Rule.of("ANONIEM-001", Casus.class, "kind.etniciteit",
            casus -> !casus.isAnoniem() || casus.kind().etniciteit().isEmpty()),
        Rule.of("ANONIEM-001", Casus.class, "kind.kinderdagverblijfOfPeuterspeelzaal",
            casus -> !casus.isAnoniem() || casus.kind().kinderdagverblijfOfPeuterspeelzaal().isEmpty()),
        Rule.of("ANONIEM-002", Casus.class, "kind.leeftijd", casus -> !casus.isAnoniem() || casus.kind().leeftijd().isEmpty())
            .withParameter("min", casus -> Anonimiteit.MIN_BREEDTE_LEEFTIJDSGROEP),
        Rule.of("ANONIEM-002", Casus.class, "kind.leeftijdsgroep",
                casus -> !casus.isAnoniem() || casus.kind().leeftijdsgroep().map(Anonimiteit::isBreedGenoeg).orElse(true))
            .withParameter("min", casus -> Anonimiteit.MIN_BREEDTE_LEEFTIJDSGROEP),
        Rule.of("ANONIEM-003", Casus.class, "kind.kern",
                casus -> !casus.isAnoniem() || casus.kind().kern().filter(Anonimiteit::isKleineKern).isEmpty())
            .withParameter("min", casus -> Anonimiteit.MIN_JEUGDIGEN_IN_KERN),
        Rule.checking("CASUS-010", Casus.class, "zorgen[leefgebied]", CasusRules::geschetsteZorgen),
        Rule.of("CASUS-011", Casus.class, "veiligheidssignalen",
            casus -> casus.veiligheidssignalen().isEmpty() || hoogsteErnst(casus).compareTo(Ernst.ZORG) >= 0),
        Rule.of("CASUS-012", Casus.class, "behandelaar", casus -> casus.behandelaar().filter(String::isBlank).isEmpty()),
        Rule.of("TOESTEMMING-001", Casus.class, "toestemming.gegevenDoor", CasusRules::toestemmingPastBijLeeftijd),
        Rule.of("TOESTEMMING-002", Toestemming.class, "redenAnoniem",
            toestemming -> toestemming.metToestemming()
                || toestemming.redenAnoniem().filter(reden -> !reden.isBlank()).isPresent()),
        Rule.of("GEZINSPLAN-001", Gezinsplan.class, "oudersBetrokken", Gezinsplan::oudersBetrokken),
        Rule.each("GEZINSPLAN-002", Gezinsplan.class, "afspraken[i].casus", Gezinsplan::afspraken,
            (plan, afspraak) -> plan.casussen().contains(afspraak.casus())),
        Rule.each("GEZINSPLAN-003", Gezinsplan.class, "escalaties[i].herstelpogingen", Gezinsplan::escalaties,
            (plan, escalatie) -> escalatie.herstelGeprobeerd()),
        Rule.each("GEZINSPLAN-004", Gezinsplan.class, "escalaties[i].trede", Gezinsplan::escalaties,
            Gezinsplan::naProcesregisseur));
  }

  /**
   * Every age the child may have on the form's date lies in 0 to {@link #MAX_LEEFTIJD}; a child
   * born after that date fails. An unknown age is rule CASUS-002's concern.
   */
  private static boolean binnenCjgLeeftijd(Casus casus) {
    Optional<Leeftijdsgroep> leeftijden = casus.leeftijdenKind();
    boolean bornLater = casus.kind().geboortedatum().isPresent() && leeftijden.isEmpty();
    boolean tooOld = leeftijden.map(band -> band.tot() > MAX_LEEFTIJD + 1).orElse(false);
    return !bornLater && !tooOld;
  }

  /** Reports every leefgebied graded above {@link Ernst#GEEN} that the form does not sketch. */
  private static void geschetsteZorgen(Casus casus, Rule.Breaches breaches) {
    casus.zorgen().forEach((leefgebied, ernst) -> {
      if (ernst != Ernst.GEEN && !casus.schets().containsKey(leefgebied)) {
        breaches.at(leefgebied);
      }
    });
  }

  /** The highest graded severity of the case; {@link Ernst#GEEN} when none is graded. */
  private static Ernst hoogsteErnst(Casus casus) {
    return casus.zorgen().values().stream().max(Enum::compareTo).orElse(Ernst.GEEN);
  }

  /**
   * A case with consent registered in the Verwijsindex names the child as the form does, by name
   * and birth date, or holds its pseudonym; the form has no field for the BSN.
   */
  private static boolean kindBijVerwijsindexmeldingBekend(Casus casus) {
    return !casus.inVerwijsindexGemeld()
        || casus.isAnoniem()
        || casus.kind().geboortedatum().isPresent()
        || casus.kind().pseudoniem().isPresent();
  }

  /**
   * With consent, everyone {@link Toestemmingsleeftijd#vereistVoor} names for the child's possible
   * ages consented. Anonymous cases, and cases whose child's age is unknown, pass.
   */
  private static boolean toestemmingPastBijLeeftijd(Casus casus) {
    Optional<Leeftijdsgroep> leeftijden = casus.leeftijdenKind();
    return casus.isAnoniem()
        || leeftijden.isEmpty()
        || casus.toestemming().gegevenDoor().containsAll(Toestemmingsleeftijd.vereistVoor(leeftijden.get()));
  }
}
