package nl.cjg.core.routing;

import java.util.Objects;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.populatie.Leeftijdsindelingen;

/**
 * The router: "de professional weet de juiste weg binnen het netwerk" (Werkplan CJG Bergen 2012, visie voor de lange termijn). Given a
 * {@link Situatie}, the CJG {@link Netwerk} and a set of {@link RoutingRules}, it returns the
 * {@link Advies}: the level of help, the partners to involve, the next steps and the rules that
 * fired. A pure function: the same arguments always give the same advice.
 *
 * <p>How the advice is made, as documented in {@code docs/routing-rules.md}:
 * <ol>
 *   <li>A rule fires when all its conditions hold; fired rules are taken highest priority first,
 *       rules of equal priority in the order of their set.
 *   <li>The candidate level is the highest minimum level of the fired rules, at least
 *       {@link Niveau#INFORMATIE_EN_EIGEN_KRACHT}.
 *   <li>A level is forbidden when a fired rule forbids it with a higher priority than every fired
 *       rule that sets it as minimum. The advice gets the lowest level at or above the candidate
 *       that is not forbidden; {@link Niveau#VEILIGHEID} can never be forbidden. So forbidding a
 *       level never lowers the advice, and a more severe situation never gets a lower level as
 *       long as the rules that set levels ask for more, not less.
 *   <li>A fired rule whose minimum level is forbidden is set aside: it is explained, but its steps
 *       and partner needs do not apply. The others' steps, disciplines and expertise apply.
 * </ol>
 * This class is stateless and thread-safe.
 */
public final class Router {
  private Router() {}

  /**
   * The advice for {@code situatie}.
   *
   * @param situatie the case
   * @param netwerk the partners to choose from
   * @param regels the rules to apply
   * @return the advice; every situation gets one
   */
  public static Advies route(Situatie situatie, Netwerk netwerk, RoutingRules regels) {
    Objects.requireNonNull(situatie, "situatie");
    Objects.requireNonNull(netwerk, "netwerk");
    Objects.requireNonNull(regels, "regels");
    RuleTable table = regels.table();
    long[] fired = table.fired(Features.of(situatie));
    LevelDecision decision = new LevelDecision(table, fired);
    Advies.Builder advies = Advies.builder().niveau(decision.level()).regelset(regels.name());
    long steps = 0;
    long disciplines = 0;
    long expertises = 0;
    for (int word = 0; word < fired.length; word++) {
      for (long rest = fired[word]; rest != 0; rest &= rest - 1) {
        CompiledRule rule = table.rule((word << 6) + Long.numberOfTrailingZeros(rest));
        String setAsideBy = decision.setAsideBy(rule);
        if (setAsideBy != null) {
          advies.addToelichtingen(rule.setAsideBy(setAsideBy));
        } else {
          advies.addToelichtingen(rule.applied());
          for (Vervolgstap step : rule.steps()) {
            long bit = EnumBits.bit(step);
            if ((steps & bit) == 0) {
              steps |= bit;
              advies.addVervolgstappen(step);
            }
          }
          disciplines |= rule.disciplines();
          expertises |= rule.expertises();
        }
      }
    }
    PartnerRanking.addTo(advies, situatie, netwerk, disciplines, expertises);
    return advies.buitenDoelgroep(!Leeftijdsindelingen.CJG_DOELGROEP.bevat(situatie.leeftijd())).build();
  }
}
