package nl.cjg.core.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import nl.cjg.core.casus.Leefgebied;
import nl.cjg.core.populatie.BergenKernen;

/**
 * Fuzz test of the rule-set reader: whatever the text, {@link RoutingRules#read} gives a sound rule
 * set that routes a situation with an explained advice, or an {@link InvalidRulesException} listing
 * at least one problem with its line — never another exception, never a hang. In {@code mvn verify}
 * (without {@code JAZZER_FUZZ=1}) it replays the inputs in {@code RoutingRulesFuzzTestInputs/read/}.
 */
class RoutingRulesFuzzTest {
  private static final Situatie SITUATIE =
      Situatie.builder().leeftijd(9).kern(BergenKernen.BERGEN).putZorgen(Leefgebied.THUIS, Ernst.VRAAG).build();

  @FuzzTest
  void read(byte[] input) throws IOException {
    String text = new String(input, StandardCharsets.UTF_8);
    RoutingRules rules;
    try {
      rules = RoutingRules.read(new StringReader(text));
    } catch (InvalidRulesException e) {
      assertFalse(e.problems().isEmpty());
      for (RuleProblem problem : e.problems()) {
        assertTrue(problem.line() >= 0);
        assertFalse(problem.message().isBlank());
      }
      return;
    }
    assertTrue(rules.rules().size() <= RoutingRules.MAX_RULES);
    assertEquals(rules.rules(), RoutingRules.of(rules.name(), rules.rules()).rules());
    Advies advies = Router.route(SITUATIE, BergenNetwerk.NETWERK, rules);
    assertTrue(advies.toString().length() > 0);
  }
}
