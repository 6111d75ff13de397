package nl.cjg.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.cjg.core.routing.Advies;
import nl.cjg.core.routing.Niveau;
import org.junit.jupiter.api.Test;

class RouteerCasusTest {
  @Test
  void printsTheAdviceWithItsExplanationInDutchAndEnglish() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Advies advies = RouteerCasus.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertTrue(advies.niveau().compareTo(Niveau.CASUSOVERLEG) >= 0, "two leefgebieden with concerns: " + advies.niveau());
    assertEquals("Niveau: " + advies.niveau().code(), lines.get(0));
    int why = lines.indexOf("Why:");
    assertEquals(advies.toelichtingen().size(), why - lines.indexOf("Waarom:") - 1, "one Dutch line per rule");
    assertEquals(advies.toelichtingen().size(), lines.size() - why - 1, "one English line per rule");
    assertTrue(lines.get(why + 1).startsWith("  " + advies.toelichtingen().get(0).regel() + ": "), lines.get(why + 1));
    assertTrue(advies.toelichtingen().stream().anyMatch(t -> t.regel().equals("SCHEIDING")), advies::toString);
  }
}
