package nl.cjg.core.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.cjg.core.partner.Discipline;
import nl.cjg.core.partner.Expertise;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.partner.Rol;

/**
 * Chooses and ranks the partners to involve: those serving the child's age and kern that bring at
 * least one needed discipline or expertise; more needed items first, then kernpartners, then the
 * order of the network (the sort is stable). Also finds the needed items nobody there brings. The
 * needed items are {@link EnumBits}; the partners and the items without one go straight into the
 * advice being built.
 */
final class PartnerRanking {
  private static final Discipline[] DISCIPLINES = Discipline.values();
  private static final Expertise[] EXPERTISES = Expertise.values();

  private record Scored(Partner partner, int score) {}

  private static final Comparator<Scored> ORDER =
      Comparator.comparingInt(Scored::score).reversed()
          .thenComparing(scored -> scored.partner().rol() == Rol.KERNPARTNER ? 0 : 1);

  private PartnerRanking() {}

  /**
   * Ranks the partners of {@code netwerk} for {@code situatie} and adds them to {@code advies},
   * with the needed disciplines and expertise that none of them brings.
   *
   * @param advies the advice being built
   * @param situatie the case
   * @param netwerk the partners to choose from
   * @param disciplines the disciplines needed, as {@link EnumBits} of {@link Discipline}
   * @param expertises the expertise needed, as {@link EnumBits} of {@link Expertise}
   */
  static void addTo(Advies.Builder advies, Situatie situatie, Netwerk netwerk, long disciplines, long expertises) {
    List<Partner> serving = netwerk.bedienenLeeftijd(situatie.leeftijd());
    long disciplinesLeft = disciplines;
    long expertisesLeft = expertises;
    if (!serving.isEmpty()) {
      List<Scored> scored = new ArrayList<>();
      for (Partner partner : serving) {
        if (situatie.kern().map(partner::bedientKern).orElse(true)) {
          int score = 0;
          for (long rest = disciplines; rest != 0; rest &= rest - 1) {
            if (partner.heeftDiscipline(DISCIPLINES[Long.numberOfTrailingZeros(rest)])) {
              score++;
              disciplinesLeft &= ~Long.lowestOneBit(rest);
            }
          }
          for (long rest = expertises; rest != 0; rest &= rest - 1) {
            if (partner.heeftExpertise(EXPERTISES[Long.numberOfTrailingZeros(rest)])) {
              score++;
              expertisesLeft &= ~Long.lowestOneBit(rest);
            }
          }
          if (score > 0) {
            scored.add(new Scored(partner, score));
          }
        }
      }
      scored.sort(ORDER);
      for (Scored each : scored) {
        advies.addPartner(each.partner());
      }
    }
    for (long rest = disciplinesLeft; rest != 0; rest &= rest - 1) {
      advies.addDisciplinesZonderPartner(DISCIPLINES[Long.numberOfTrailingZeros(rest)]);
    }
    for (long rest = expertisesLeft; rest != 0; rest &= rest - 1) {
      advies.addExpertisesZonderPartner(EXPERTISES[Long.numberOfTrailingZeros(rest)]);
    }
  }
}
