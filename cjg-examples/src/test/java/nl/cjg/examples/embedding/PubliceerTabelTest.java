package nl.cjg.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.cjg.core.stats.table.TableCsv;
import org.junit.jupiter.api.Test;

class PubliceerTabelTest {
  @Test
  void printsTheInternalTableAndThePublishedTableWithSmallCellsSuppressed() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PubliceerTabel.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    String[] parts = out.split("\\R\\RVoor publicatie \\(kleine aantallen onderdrukt als x\\):\\R");
    assertEquals(2, parts.length, out);
    String intern = parts[0].substring(parts[0].indexOf('\n') + 1);
    assertTrue(intern.contains("Andere aanpak uitproberen;17;3;20"), intern);
    assertFalse(intern.contains(";x"), "nothing suppressed for internal use");
    List<String> published = parts[1].lines().toList();
    assertEquals("Resultaat contact;Egmond;Bergen;Totaal", published.get(0));
    assertTrue(published.get(1).startsWith("Andere aanpak uitproberen;") && published.get(1).contains(";x"), published.get(1));
    assertTrue(parts[1].lines().skip(1).allMatch(line -> !line.matches(".*;[1-4](;.*)?$")), "no count below 5 is shown");
    TableCsv.read(parts[1]);
  }
}
