package nl.cjg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Gezinsplan;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.routing.Situatie;
import nl.cjg.examples.demo.CasusRouting;
import nl.cjg.jqwik.CjgArbitraries;

/**
 * The form in which {@code cjg route} remembers a routed case rebuilds exactly the situation it came
 * from: for arbitrary situations (also with a family plan's escalations added and with any
 * non-negative age and number of professionals), for the situations of arbitrary cases, and with
 * kernen shared between the remembered situations.
 */
class CompactSituatieProperties {
  @Property(tries = 500)
  void rebuildsEverySituation(
      @ForAll("situaties") Situatie situatie,
      @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int leeftijd,
      @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int betrokkenProfessionals) {
    assertRebuilt(situatie);
    assertRebuilt(Situatie.builder().from(situatie).leeftijd(leeftijd).betrokkenProfessionals(betrokkenProfessionals).build());
  }

  @Property(tries = 200)
  void rebuildsASituationWithAFamilyPlansEscalations(@ForAll("situaties") Situatie situatie, @ForAll("plannen") Gezinsplan plan) {
    assertRebuilt(Situatie.builder().from(situatie).procesregie(plan).build());
  }

  @Property(tries = 200)
  void rebuildsTheSituationOfEveryCase(@ForAll("casussen") Casus casus) {
    assertRebuilt(CasusRouting.situatie(casus).orElseThrow());
  }

  @Example
  void remembersEachKernOnce() {
    Kern bergen = Kern.builder().naam("Bergen").gemeente(GemeenteCode.parse("GM0373")).build();
    Kern ookBergen = Kern.builder().from(bergen).build();
    Map<Kern, Kern> kernen = new HashMap<>();
    Situatie eerste = CompactSituatie.of(Situatie.builder().leeftijd(4).kern(bergen).build(), kernen).situatie();
    Situatie tweede = CompactSituatie.of(Situatie.builder().leeftijd(9).kern(ookBergen).build(), kernen).situatie();
    assertEquals(Map.of(bergen, bergen), kernen);
    assertSame(eerste.kern().orElseThrow(), tweede.kern().orElseThrow());
    assertEquals(ookBergen, tweede.kern().orElseThrow());
  }

  private static void assertRebuilt(Situatie situatie) {
    Situatie rebuilt = CompactSituatie.of(situatie, new HashMap<>()).situatie();
    assertEquals(situatie, rebuilt);
    // Equal maps and sets may differ in order; the router and the output see the order, so it must be the same.
    assertEquals(situatie.zorgen().toString(), rebuilt.zorgen().toString());
    assertEquals(situatie.signalen().toString(), rebuilt.signalen().toString());
    assertEquals(situatie.omstandigheden().toString(), rebuilt.omstandigheden().toString());
  }

  @Provide
  Arbitrary<Situatie> situaties() {
    return CjgArbitraries.situatie();
  }

  @Provide
  Arbitrary<Gezinsplan> plannen() {
    return CjgArbitraries.gezinsplan();
  }

  @Provide
  Arbitrary<Casus> casussen() {
    return CjgArbitraries.casus();
  }
}
