package nl.cjg.core.werkplan;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import nl.cjg.core.tijd.Periode;
import nl.cjg.core.validation.internal.Rule;
import nl.cjg.core.validation.internal.RuleTable;

/**
 * The business rules of work plans, plans of approach and communication plans ({@code
 * WERKPLAN-nnn}, {@code PLANVANAANPAK-nnn}, {@code COMMUNICATIEPLAN-nnn}), as listed in {@code
 * docs/validation-rules.md}. Plan years are compared as numbers, so that every year a {@link
 * java.time.Year} can hold is checked without date arithmetic.
 */
final class WerkplanRules implements RuleTable {
  @Override
  public List<Rule<?>> rules() {
    return List.of(
        Rule.checking("WERKPLAN-001", Werkplan.class, "evaluaties[j].datum", (plan, breaches) -> {
              for (int j = 0; j < plan.evaluaties().size(); j++) {
                if (voorPlanjaar(plan, plan.evaluaties().get(j))) {
                  breaches.at(j);
                }
              }
            })
            .withParameter("jaar", plan -> plan.jaar().getValue()),
        Rule.checking("WERKPLAN-001", Werkplan.class, "items[i].evaluaties[j].datum", (plan, breaches) -> {
              for (int i = 0; i < plan.items().size(); i++) {
                List<Evaluatie> evaluaties = plan.items().get(i).evaluaties();
                for (int j = 0; j < evaluaties.size(); j++) {
                  if (voorPlanjaar(plan, evaluaties.get(j))) {
                    breaches.at(i, j);
                  }
                }
              }
            })
            .withParameter("jaar", plan -> plan.jaar().getValue()),
        Rule.each("WERKPLAN-002", Werkplan.class, "items[i].gerealiseerdVoor", Werkplan::items,
                (plan, item) -> inPlanjaar(plan.jaar().getValue(), item.gerealiseerdVoor()))
            .withParameter("jaar", plan -> plan.jaar().getValue()),
        Rule.checking("PLANVANAANPAK-001", PlanVanAanpak.class, "fasen[i].acties[j].wanneer", WerkplanRules::binnenLooptijd),
        Rule.checking("PLANVANAANPAK-002", PlanVanAanpak.class, "fasen[i].goNoGo.besluit", WerkplanRules::geenGoNaNoGo),
        Rule.checking("PLANVANAANPAK-003", PlanVanAanpak.class, "fasen[i].goNoGo.datum", WerkplanRules::poortenInVolgorde),
        Rule.each("PLANVANAANPAK-004", Actie.class, "besluitmomenten[k].datum", Actie::besluitmomenten,
            (actie, moment) -> actie.wanneer().bevat(moment.datum())),
        Rule.of("COMMUNICATIEPLAN-001", Communicatieplan.class, "eenmeting.periode", WerkplanRules::eenmetingNaNulmeting),
        Rule.each("COMMUNICATIEPLAN-002", Communicatieplan.class, "stappen[i].nummer", Communicatieplan::stappen,
            (plan, stap) -> plan.keuze(stap.nummer()).isPresent()),
        Rule.of("COMMUNICATIEPLAN-003", Communicatiestap.class, "middelen", stap -> !stap.middelen().isEmpty()));
  }

  /** An evaluation dated before 1 January of the plan year. */
  private static boolean voorPlanjaar(Werkplan plan, Evaluatie evaluatie) {
    return evaluatie.datum().getYear() < plan.jaar().getValue();
  }

  /**
   * A deadline after 1 January of the plan year and no later than 1 January of the next year:
   * "gerealiseerd voor 1 januari" of the next year still counts. The next year is computed as a
   * {@code long}, so the last year a {@link java.time.Year} can hold is checked too.
   */
  private static boolean inPlanjaar(int jaar, LocalDate deadline) {
    boolean nieuwjaarsdag = deadline.getMonth() == Month.JANUARY && deadline.getDayOfMonth() == 1;
    long deadlineJaar = deadline.getYear();
    return deadlineJaar == jaar ? !nieuwjaarsdag : deadlineJaar == jaar + 1L && nieuwjaarsdag;
  }

  /** Every action lies within the plan's span, when it has one. */
  private static void binnenLooptijd(PlanVanAanpak plan, Rule.Breaches breaches) {
    if (plan.looptijd().isEmpty()) {
      return;
    }
    Periode looptijd = plan.looptijd().get();
    for (int i = 0; i < plan.fasen().size(); i++) {
      List<Actie> acties = plan.fasen().get(i).acties();
      for (int j = 0; j < acties.size(); j++) {
        if (!acties.get(j).wanneer().ligtBinnen(looptijd)) {
          breaches.at(i, j);
        }
      }
    }
  }

  /** No gate is decided go after an earlier no-go. */
  private static void geenGoNaNoGo(PlanVanAanpak plan, Rule.Breaches breaches) {
    boolean noGoGezien = false;
    for (int i = 0; i < plan.fasen().size(); i++) {
      Optional<GoNoGo.Besluit> besluit = plan.fasen().get(i).goNoGo().map(GoNoGo::besluit);
      if (noGoGezien && besluit.equals(Optional.of(GoNoGo.Besluit.GO))) {
        breaches.at(i);
      }
      noGoGezien |= besluit.equals(Optional.of(GoNoGo.Besluit.NO_GO));
    }
  }

  /** The gates are decided in the order of the phases: no decision before an earlier phase's. */
  private static void poortenInVolgorde(PlanVanAanpak plan, Rule.Breaches breaches) {
    LocalDate laatste = LocalDate.MIN;
    for (int i = 0; i < plan.fasen().size(); i++) {
      Optional<LocalDate> datum = plan.fasen().get(i).goNoGo().flatMap(GoNoGo::datum);
      if (datum.isPresent()) {
        if (datum.get().isBefore(laatste)) {
          breaches.at(i);
        } else {
          laatste = datum.get();
        }
      }
    }
  }

  /** When both are present, the 1-meting begins after the 0-meting has ended. */
  private static boolean eenmetingNaNulmeting(Communicatieplan plan) {
    return plan.nulmeting().isEmpty()
        || plan.eenmeting().isEmpty()
        || plan.eenmeting().get().periode().ligtNa(plan.nulmeting().get().periode());
  }
}
