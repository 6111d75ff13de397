package nl.cjg.core.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.cjg.core.partner.Discipline;
import nl.cjg.core.partner.Expertise;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.partner.Rol;

/**
 * Chooses and ranks the partners to involve: those serving the child's age and kern that bring at
 * least one needed discipline or expertise; more needed items first, then kernpartners, then the
 * order of the network (the sort is stable). Also finds the needed items nobody there brings.
 */
final class PartnerRanking {
  private final List<Partner> ranked;
  private final Set<Discipline> disciplinesWithoutPartner;
  private final Set<Expertise> expertisesWithoutPartner;

  private record Scored(Partner partner, int score) {}

  private static final Comparator<Scored> ORDER =
      Comparator.comparingInt(Scored::score).reversed()
          .thenComparing(scored -> scored.partner().rol() == Rol.KERNPARTNER ? 0 : 1);

  /**
   * Ranks the partners of {@code netwerk} for {@code situatie}.
   *
   * @param situatie the case
   * @param netwerk the partners to choose from
   * @param disciplines the disciplines needed; what a chosen partner has is removed, so that the
   *     set ends as the disciplines without a partner
   * @param expertises the expertise needed; likewise ends as the expertise without a partner
   */
  PartnerRanking(Situatie situatie, Netwerk netwerk, EnumSet<Discipline> disciplines, EnumSet<Expertise> expertises) {
    this.disciplinesWithoutPartner = disciplines;
    this.expertisesWithoutPartner = expertises;
    List<Partner> serving = netwerk.bedienenLeeftijd(situatie.leeftijd());
    if (serving.isEmpty()) {
      this.ranked = List.of();
      return;
    }
    List<Scored> scored = new ArrayList<>();
    Set<Discipline> neededDisciplines = disciplines.clone();
    Set<Expertise> neededExpertises = expertises.clone();
    for (Partner partner : serving) {
      if (situatie.kern().map(partner::bedientKern).orElse(true)) {
        int score = 0;
        for (Discipline discipline : neededDisciplines) {
          if (partner.heeftDiscipline(discipline)) {
            score++;
            disciplines.remove(discipline);
          }
        }
        for (Expertise expertise : neededExpertises) {
          if (partner.heeftExpertise(expertise)) {
            score++;
            expertises.remove(expertise);
          }
        }
        if (score > 0) {
          scored.add(new Scored(partner, score));
        }
      }
    }
    scored.sort(ORDER);
    List<Partner> partners = new ArrayList<>(scored.size());
    for (Scored each : scored) {
      partners.add(each.partner());
    }
    this.ranked = partners;
  }

  List<Partner> ranked() {
    return ranked;
  }

  Set<Discipline> disciplinesWithoutPartner() {
    return disciplinesWithoutPartner;
  }

  Set<Expertise> expertisesWithoutPartner() {
    return expertisesWithoutPartner;
  }
}
