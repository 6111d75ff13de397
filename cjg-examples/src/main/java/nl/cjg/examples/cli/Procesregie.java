package nl.cjg.examples.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Gezinsplan;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.routing.Situatie;

/**
 * The family plans' escalations for {@code cjg route}, whatever the order of the records: a plan
 * read before its case adds its escalations to the case's situation ({@link
 * Situatie.Builder#procesregie}); a plan read after its case gives the case's situation again, with
 * the escalations, so that the case is routed once more. Only cases with consent are remembered:
 * a family plan is only for those (rule {@code DATASET-005}), each in its {@link CompactSituatie
 * compact form}. Not thread-safe.
 */
final class Procesregie {
  private final Map<String, Gezinsplan> plannen = new HashMap<>();
  private final Map<String, CompactSituatie> gerouteerd = new HashMap<>();
  private final Map<Kern, Kern> kernen = new HashMap<>();

  /**
   * The situation to route for {@code casus}: with the escalations of a family plan read before it.
   *
   * @param casus the case
   * @param situatie its situation as read from the case
   * @return the situation to route
   */
  Situatie situatie(Casus casus, Situatie situatie) {
    Gezinsplan plan = plannen.get(casus.kenmerk());
    Situatie result = plan == null ? situatie : Situatie.builder().from(situatie).procesregie(plan).build();
    if (casus.toestemming().metToestemming()) {
      gerouteerd.put(casus.kenmerk(), CompactSituatie.of(result, kernen));
    }
    return result;
  }

  /**
   * The cases routed before {@code plan} that it escalates, each with its situation and the plan's
   * escalations; a plan without escalations changes nothing. The plan is kept for its cases still
   * to come.
   *
   * @param plan the family plan
   * @return the cases to route again, in the plan's order
   */
  List<Map.Entry<String, Situatie>> opnieuw(Gezinsplan plan) {
    if (plan.escalaties().isEmpty()) {
      return List.of();
    }
    List<Map.Entry<String, Situatie>> opnieuw = new ArrayList<>();
    for (String kenmerk : plan.casussen()) {
      CompactSituatie situatie = gerouteerd.get(kenmerk);
      if (situatie == null) {
        plannen.put(kenmerk, plan);
      } else {
        opnieuw.add(Map.entry(kenmerk, Situatie.builder().from(situatie.situatie()).procesregie(plan).build()));
      }
    }
    return opnieuw;
  }
}
