package nl.cjg.core.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.cjg.core.partner.Discipline;
import nl.cjg.core.partner.Expertise;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.partner.Rol;
import nl.cjg.core.populatie.Leeftijdsindelingen;

/**
 * The router's four steps written plainly from the rules as data, with no precomputation: each
 * rule's conditions parsed and tested, the level found by comparing priorities in maps, the
 * explanations built per call and the partners ranked with a stream. The oracle against which
 * the compiled, allocation-poor {@link Router} is checked.
 */
final class ReferenceRouter {
  private ReferenceRouter() {}

  static Advies route(Situatie situatie, Netwerk netwerk, RoutingRules regels) throws RuleError {
    int[] features = Features.of(situatie);
    List<RoutingRule> fired = new ArrayList<>();
    for (RoutingRule rule : byPriority(regels.rules())) {
      boolean all = true;
      for (String text : rule.conditions()) {
        all &= ConditionParser.parse(text).holds(features);
      }
      if (all) {
        fired.add(rule);
      }
    }
    Niveau candidate = Niveau.INFORMATIE_EN_EIGEN_KRACHT;
    for (RoutingRule rule : fired) {
      if (rule.minimumLevel().isPresent() && rule.minimumLevel().get().compareTo(candidate) > 0) {
        candidate = rule.minimumLevel().get();
      }
    }
    Niveau level = candidate;
    while (forbiddenBy(level, fired).isPresent()) {
      level = Niveau.values()[level.ordinal() + 1];
    }
    List<Advies.Toelichting> toelichtingen = new ArrayList<>();
    Set<Vervolgstap> steps = new LinkedHashSet<>();
    Set<Discipline> disciplines = EnumSet.noneOf(Discipline.class);
    Set<Expertise> expertises = EnumSet.noneOf(Expertise.class);
    for (RoutingRule rule : fired) {
      Advies.Toelichting.Builder toelichting = Advies.Toelichting.builder()
          .regel(rule.id()).nl(rule.explanationDutch()).en(rule.explanationEnglish());
      Optional<String> setAsideBy = rule.minimumLevel().flatMap(minimum -> forbiddenBy(minimum, fired));
      if (setAsideBy.isPresent()) {
        toelichting.opzijGezetDoor(setAsideBy.get());
      } else {
        steps.addAll(rule.steps());
        disciplines.addAll(rule.disciplines());
        expertises.addAll(rule.expertises());
      }
      toelichtingen.add(toelichting.build());
    }
    List<Partner> serving = netwerk.bedienenLeeftijd(situatie.leeftijd()).stream()
        .filter(partner -> situatie.kern().map(partner::bedientKern).orElse(true))
        .toList();
    List<Partner> ranked = serving.stream()
        .filter(partner -> score(partner, disciplines, expertises) > 0)
        .sorted(Comparator.<Partner>comparingInt(partner -> -score(partner, disciplines, expertises))
            .thenComparing(partner -> partner.rol() == Rol.KERNPARTNER ? 0 : 1))
        .toList();
    return Advies.builder()
        .niveau(level)
        .regelset(regels.name())
        .buitenDoelgroep(!Leeftijdsindelingen.CJG_DOELGROEP.bevat(situatie.leeftijd()))
        .toelichtingen(toelichtingen)
        .vervolgstappen(steps)
        .partners(ranked)
        .disciplinesZonderPartner(disciplines.stream()
            .filter(d -> ranked.stream().noneMatch(partner -> partner.heeftDiscipline(d))).toList())
        .expertisesZonderPartner(expertises.stream()
            .filter(e -> ranked.stream().noneMatch(partner -> partner.heeftExpertise(e))).toList())
        .build();
  }

  /** The rules highest priority first, equal priorities in their order (a stable sort). */
  private static List<RoutingRule> byPriority(List<RoutingRule> rules) {
    List<RoutingRule> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparingInt(RoutingRule::priority).reversed());
    return sorted;
  }

  /**
   * The fired rule that forbids {@code level} with the highest priority (the first of them), when
   * that priority is above every fired rule setting the level as minimum.
   */
  private static Optional<String> forbiddenBy(Niveau level, List<RoutingRule> fired) {
    Optional<RoutingRule> forbidder =
        fired.stream().filter(rule -> rule.forbiddenLevels().contains(level)).findFirst();
    int setting = fired.stream().filter(rule -> rule.minimumLevel().equals(Optional.of(level)))
        .mapToInt(RoutingRule::priority).max().orElse(-1);
    return forbidder.filter(rule -> rule.priority() > setting).map(RoutingRule::id);
  }

  private static int score(Partner partner, Set<Discipline> disciplines, Set<Expertise> expertises) {
    return (int) (disciplines.stream().filter(partner::heeftDiscipline).count()
        + expertises.stream().filter(partner::heeftExpertise).count());
  }
}
