package nl.cjg.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValideerBespreekformulierTest {
  /** A form as a partner's system might send it: pretty-printed, with personal data. */
  static final String FORMULIER =
      """
      {
        "kenmerk": "CJG-2012-007",
        "datumInvulling": "2012-05-07",
        "datumOverleg": "2012-05-21",
        "aanmelder": {"naam": "Ineke Testbeek", "organisatie": "Stichting Welzijn Bergen", "functie": "jongerenwerker"},
        "kind": {
          "persoonsgegevens": {"voornaam": "Fenna", "achternaam": "Testhuizen", "geboortedatum": "2003-02-14"},
          "kern": {"naam": "Bergen", "gemeente": "GM0373", "cluster": "Bergen"}
        },
        "toestemming": {"metToestemming": true, "besprokenMetOuders": true, "gegevenDoor": ["OUDERS_MET_GEZAG"]},
        "inVerwijsindexGemeld": false,
        "vragen": ["Welke hulp past bij de zorgen over het gedrag thuis?"],
        "schets": {"THUIS": "veel ruzie over bedtijd"}
      }
      """;

  private static List<String> run(String json, boolean expectValid) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean valid = ValideerBespreekformulier.run(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8));
    assertEquals(expectValid, valid, out.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void aCompleteFormIsValid() {
    assertEquals(List.of("Casus CJG-2012-007 is compleet en geldig (met toestemming)."), run(FORMULIER, true));
  }

  @Test
  void everyProblemIsNamedByPlaceAndRuleWithoutThePersonalData() {
    String wrong = FORMULIER.replace("\"inVerwijsindexGemeld\": false", "\"inVerwijsindexGemeld\": \"nee\"");
    List<String> lines = run(wrong, false);
    assertEquals(1, lines.size(), lines::toString);
    assertTrue(lines.get(0).startsWith("11:27 #/inVerwijsindexGemeld JSON-TYPE "), lines::toString);
    assertFalse(String.join("\n", lines).contains("Testhuizen"));
    assertFalse(String.join("\n", lines).contains("nee"));
  }

  @Test
  void aBusinessRuleIsReportedWithItsRuleId() {
    List<String> lines = run(FORMULIER.replace("\"datumOverleg\": \"2012-05-21\"", "\"datumOverleg\": \"2012-05-01\""), false);
    assertEquals(1, lines.size(), lines::toString);
    assertTrue(lines.get(0).startsWith("#/datumOverleg CASUS-"), lines.get(0));
  }
}
