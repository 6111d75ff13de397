package nl.cjg.core.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import nl.cjg.core.partner.Netwerk;

/**
 * The compiled router gives exactly the advice of the plain reading of the rules
 * ({@link ReferenceRouter}): the same level, explanations (with the rule that set one aside),
 * steps in order, partners in order, and needs without a partner; also on situations where
 * cooperation between professionals or the help fails, where each rule of the procesregie fires.
 */
class RouterEquivalenceProperties {
  private static final RoutingRules BERGEN = RoutingRules.bergen2012();
  private final RouterProperties generators = new RouterProperties();

  /** The rules of the procesregie, and EIGEN-KRACHT that gives way to them. */
  private static final List<String> PROCESREGIE = List.of("HERSTEL-SAMENWERKING", "HERSTEL-HULPVERLENING",
      "PROCESREGIE-SAMENWERKING", "PROCESREGIE-HULPVERLENING", "DOORZETTINGSMACHT-SAMENWERKING",
      "DOORZETTINGSMACHT-HULPVERLENING", "EIGEN-KRACHT");

  @Property(tries = 2000)
  void theCompiledRouterAdvisesAsThePlainReadingOfTheRules(
      @ForAll("situaties") Situatie situatie, @ForAll("netwerken") Netwerk netwerk) throws RuleError {
    assertEquals(ReferenceRouter.route(situatie, netwerk, BERGEN), Router.route(situatie, netwerk, BERGEN));
  }

  @Property(tries = 1000)
  void theCompiledRouterClimbsTheLadderOfProcesregieAsThePlainReadingOfTheRules(
      @ForAll("procesregie") Situatie situatie) throws RuleError {
    Advies advies = Router.route(situatie, BergenNetwerk.NETWERK, BERGEN);
    assertEquals(ReferenceRouter.route(situatie, BergenNetwerk.NETWERK, BERGEN), advies);
    for (String regel : PROCESREGIE) {
      Statistics.label(regel).collect(advies.toegepasteRegels().contains(regel));
      Statistics.label(regel).coverage(coverage -> coverage.check(true).count(count -> count > 0));
    }
  }

  @Provide
  Arbitrary<Situatie> procesregie() {
    Arbitrary<Boolean> flag = Arbitraries.of(true, false);
    return Combinators.combine(generators.situaties(), flag, flag, flag, flag)
        .as((situatie, samenwerking, stagneert, herstel, zonderResultaat) -> Situatie.builder().from(situatie)
            .samenwerkingProfessionalsOnvoldoende(samenwerking)
            .hulpverleningStagneert(stagneert)
            .herstelGeprobeerd(herstel)
            .procesregieZonderResultaat(zonderResultaat)
            .build());
  }

  @Provide
  Arbitrary<Situatie> situaties() {
    return generators.situaties();
  }

  @Provide
  Arbitrary<Netwerk> netwerken() {
    return generators.netwerken();
  }
}
