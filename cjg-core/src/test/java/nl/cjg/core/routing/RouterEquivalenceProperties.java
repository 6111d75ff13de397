package nl.cjg.core.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.cjg.core.partner.Netwerk;

/**
 * The compiled router gives exactly the advice of the plain reading of the rules
 * ({@link ReferenceRouter}): the same level, explanations (with the rule that set one aside),
 * steps in order, partners in order, and needs without a partner.
 */
class RouterEquivalenceProperties {
  private static final RoutingRules BERGEN = RoutingRules.bergen2012();
  private final RouterProperties generators = new RouterProperties();

  @Property(tries = 2000)
  void theCompiledRouterAdvisesAsThePlainReadingOfTheRules(
      @ForAll("situaties") Situatie situatie, @ForAll("netwerken") Netwerk netwerk) throws RuleError {
    assertEquals(ReferenceRouter.route(situatie, netwerk, BERGEN), Router.route(situatie, netwerk, BERGEN));
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
