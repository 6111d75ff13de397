package nl.cjg.examples.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's report: Dutch numbers in tables, an audit that states discrepancies rather than verdicts, an English variant. */
class DemoReportTest {
  @TempDir Path dir;

  private String report(Locale language) throws Exception {
    Demo.run(dir, language);
    return Files.readString(dir.resolve(Demo.REPORT), StandardCharsets.UTF_8);
  }

  @Test
  void theAuditNamesBothCandidatesOfADiscrepancy() throws Exception {
    String html = report(Locale.forLanguageTag("nl"));
    assertTrue(html.contains("<th scope=\"col\">Vermeld</th><th scope=\"col\">Volgt uit de andere cellen</th>"
        + "<th scope=\"col\">Fout zit in</th>"), "stated and computed side by side");
    assertTrue(html.contains("<td class=\"number\">30.985</td><td class=\"number\">32.975</td>"),
        "the stated total of the population table beside the sum of its kernen, in Dutch numbers");
    assertTrue(html.contains("<td>het totaal, of een van de delen</td>") || html.contains("<td>deze cel, of de cellen waaruit hij volgt</td>"));
    assertFalse(html.contains("Zou moeten zijn"), "no verdict on which of the two is wrong");
    assertFalse(html.matches("(?s).*<td>(sum|cell|percentage)</td>.*"), "no English words in the Dutch table");
  }

  @Test
  void tablesWriteNumbersTheDutchWay() throws Exception {
    String html = report(Locale.forLanguageTag("nl"));
    assertTrue(html.contains("<td class=\"number\">26.517</td>"), "thousands separated by a point");
    assertFalse(html.contains("<td class=\"number\">26517</td>"));
    assertTrue(html.contains("1 april 2012"), "dates written out");
  }

  @Test
  void theReportCanBeEnglish() throws Exception {
    String html = report(Locale.ENGLISH);
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    assertTrue(html.contains("<td class=\"number\">26,517</td>"));
    assertTrue(html.contains("Audit of the tables in the work plan"));
    assertFalse(html.contains("Controle van de tabellen"), "no Dutch section titles");
  }
}
