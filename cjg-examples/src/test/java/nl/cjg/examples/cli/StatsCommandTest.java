package nl.cjg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.cjg.core.stats.audit.TableAttack;
import nl.cjg.core.stats.table.PublishedTable;
import nl.cjg.core.stats.table.TableCsv;
import org.junit.jupiter.api.Test;

/** {@code cjg stats}: tables with disclosure control by default, three formats, exit codes. */
class StatsCommandTest {
  private static final byte[] BERGEN = Datasets.bytes(Datasets.bergenLines());

  @Test
  void smallCountsAreSuppressedByDefault() {
    Run run = Run.withInput(BERGEN, "stats", "-");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals("Casussen per kern en leeftijdsgroep", lines.get(0));
    assertTrue(run.out().contains(" x "), "suppressed cells");
    assertTrue(lines.stream().filter(l -> l.startsWith("besproken")).findFirst().orElseThrow().endsWith(" x"),
        "the 7 would give away the 4 redirected cases beside the published 11");
    Run csv = Run.withInput(BERGEN, "stats", "--format", "csv", "-");
    List<PublishedTable> published = blocks(csv.out()).stream().map(block -> TableCsv.read(block.get(1))).toList();
    TableAttack attack = TableAttack.on(published).link(0, "Totaal", "Totaal", 1, "Totaal", "Totaal");
    assertFalse(attack.bounds().isEmpty());
    assertTrue(attack.bounds().stream().allMatch(bound -> bound.covers(bound.lower(), bound.lower() + 1)),
        "no withheld cell is known exactly: " + attack.bounds());
  }

  @Test
  void withoutSuppressionTheCsvHoldsEveryCount() {
    Run run = Run.withInput(BERGEN, "stats", "--internal-use-only", "--format", "csv", "-");
    assertEquals(ExitCodes.OK, run.exitCode());
    List<List<String>> blocks = blocks(run.out());
    assertEquals(List.of("Casussen per kern en leeftijdsgroep", "Casussen per status en toestemming"),
        blocks.stream().map(block -> block.get(0)).toList(), "every table keeps its title");
    String second = blocks.get(1).get(1);
    assertTrue(second.contains("besproken;5;2;7") && second.contains("Totaal;8;3;11"), second);
    for (List<String> block : blocks) {
      TableCsv.read(block.get(1));
    }
    assertTrue(run.summary().startsWith("cjg stats: gelezen: standaardinvoer (66 records); geschreven: standaarduitvoer (2 tabellen); "),
        run.err());
  }

  /** The CSV blocks of the documented layout: each the title (without "# ") and the table in the audit format. */
  private static List<List<String>> blocks(String csv) {
    List<List<String>> blocks = new ArrayList<>();
    for (String block : csv.split("\\R\\R")) {
      int end = block.indexOf('\n');
      String title = block.substring(0, end);
      assertTrue(title.startsWith(Tables.TITLE_MARK), title);
      blocks.add(List.of(title.substring(Tables.TITLE_MARK.length()), block.substring(end + 1)));
    }
    return blocks;
  }

  @Test
  void jsonHasTheTablesWithSuppressedCellsMarked() {
    Run run = Run.withInput(BERGEN, "stats", "--format", "json", "--suppress", "3", "-");
    assertEquals(ExitCodes.OK, run.exitCode());
    assertTrue(run.out().startsWith("[{\"titel\":\"Casussen per kern en leeftijdsgroep\",\"headers\":[\"Kern\""), run.out());
    assertTrue(run.out().contains("\"x\""));
  }

  @Test
  void recordsWithProblemsAreNotCountedAndSaidSo() {
    List<String> lines = new ArrayList<>(Datasets.bergenLines());
    lines.add("{\"type\":\"casus\",\"kenmerk\":\"\"}");
    Run run = Run.withInput(Datasets.bytes(lines), "stats", "-");
    assertEquals(ExitCodes.DATA_PROBLEMS, run.exitCode());
    assertTrue(run.errIsOneCleanLine(), run.err());
    assertTrue(run.summary().contains("; geweigerd: 1 record met problemen niet meegeteld (zie 'cjg validate'); "), run.err());
    assertTrue(run.out().contains("Totaal"), "the tables are still printed");
  }

  @Test
  void aDuplicateCaseIsCountedOnceAndSaidSo() {
    List<String> lines = new ArrayList<>(Datasets.bergenLines());
    lines.add(Datasets.firstOfType("casus"));
    Run run = Run.withInput(Datasets.bytes(lines), "stats", "--internal-use-only", "--format", "csv", "-");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("Totaal;8;3;11"), "still 11 cases: " + run.out());
    assertTrue(run.errIsOneCleanLine(), run.err());
    assertTrue(run.err().contains("1 dubbel record") && run.err().contains("DATASET-003"), run.err());
  }

  @Test
  void badInputAndUsage() {
    Run notADataset = Run.withInput("{\"kenmerk\":\"x\"}\n".getBytes(StandardCharsets.UTF_8), "stats", "-");
    assertEquals(ExitCodes.USAGE_OR_INPUT, notADataset.exitCode());
    assertTrue(notADataset.errIsOneCleanLine(), notADataset.err());
    Run negative = Run.withInput(BERGEN, "stats", "--suppress", "-1", "-");
    assertEquals(ExitCodes.USAGE_OR_INPUT, negative.exitCode());
    Run zero = Run.withInput(BERGEN, "stats", "--suppress", "0", "-");
    assertEquals(ExitCodes.USAGE_OR_INPUT, zero.exitCode());
    assertTrue(zero.err().contains("--internal-use-only"), "switching protection off is its own option: " + zero.err());
    Run word = Run.withInput(BERGEN, "stats", "--suppress", "vijf", "-");
    assertEquals(ExitCodes.USAGE_OR_INPUT, word.exitCode());
    assertTrue(word.errIsOneCleanLine(), word.err());
  }
}
