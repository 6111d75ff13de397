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

  PartnerRanking(Situatie situatie, Netwerk netwerk, Set<Discipline> disciplines, Set<Expertise> expertises) {
    Set<Discipline> unmetDisciplines = EnumSet.noneOf(Discipline.class);
    unmetDisciplines.addAll(disciplines);
    Set<Expertise> unmetExpertises = EnumSet.noneOf(Expertise.class);
    unmetExpertises.addAll(expertises);
    List<Scored> scored = new ArrayList<>();
    for (Partner partner : netwerk.bedienenLeeftijd(situatie.leeftijd())) {
      if (situatie.kern().map(partner::bedientKern).orElse(true)) {
        int score = 0;
        for (Discipline discipline : disciplines) {
          if (partner.heeftDiscipline(discipline)) {
            score++;
            unmetDisciplines.remove(discipline);
          }
        }
        for (Expertise expertise : expertises) {
          if (partner.heeftExpertise(expertise)) {
            score++;
            unmetExpertises.remove(expertise);
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
    this.disciplinesWithoutPartner = unmetDisciplines;
    this.expertisesWithoutPartner = unmetExpertises;
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
