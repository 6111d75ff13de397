package nl.cjg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import nl.cjg.examples.referentie.BergenDataset;
import nl.cjg.examples.referentie.SeedTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cjg audit}: findings, JSON exactly as the audit result's, exit codes, bad input. */
class AuditCommandTest {
  @TempDir Path dir;

  private Path table(String name) throws IOException {
    SeedTable seed = SeedTable.all().stream().filter(t -> t.bestand().equals(name)).findFirst().orElseThrow();
    return Files.write(dir.resolve(name), seed.csv());
  }

  @Test
  void aWrongTotalIsNamedWithTheValueItShouldHave() throws IOException {
    Run run = Run.of("audit", table("kinderopvang.csv").toString());
    assertEquals(ExitCodes.DATA_PROBLEMS, run.exitCode());
    assertTrue(run.out().strip().endsWith(":5:2: rij 'totaal', kolom 'Bergen': de cel vermeldt 418, berekend 412"), run.out());
    assertTrue(run.summary().startsWith("cjg audit: gelezen: " + dir.resolve("kinderopvang.csv") + " ("), run.err());
    assertTrue(run.summary().contains("(1 bevinding, 0 totalen niet gecontroleerd)"), run.err());
    Run english = Run.english("audit", table("kinderopvang.csv").toString());
    assertTrue(english.out().strip().endsWith(":5:2: row 'totaal', column 'Bergen': the cell states 418, computed 412"), english.out());
  }

  @Test
  void jsonIsExactlyTheAuditResultsJson() throws IOException {
    SeedTable seed = SeedTable.all().stream().filter(t -> t.bestand().equals("bevolking-kernen.csv")).findFirst().orElseThrow();
    Run run = Run.of("audit", "--format", "json", table("bevolking-kernen.csv").toString());
    assertEquals(ExitCodes.DATA_PROBLEMS, run.exitCode());
    assertEquals(seed.audit().toJson() + System.lineSeparator(), run.out());
  }

  @Test
  void aConsistentTableExitsWithZero() throws IOException {
    Run run = Run.of("audit", table("overlastmeldingen.csv").toString());
    assertEquals(ExitCodes.OK, run.exitCode());
    assertTrue(run.out().strip().endsWith(": klopt: elk totaal en percentage telt op"), run.out());
    Run json = Run.of("audit", "--format=json", table("overlastmeldingen.csv").toString());
    assertEquals("{\"consistent\": true, \"findings\": []}", json.out().strip());
  }

  @Test
  void aTotalWithASuppressedPartIsNamedAsNotChecked() {
    byte[] csv = "Kern;A;B;Totaal\nX;1;x;5\nY;2;3;5\nTotaal;3;x;10\n".getBytes(StandardCharsets.UTF_8);
    Run run = Run.withInput(csv, "audit", "-");
    assertEquals(ExitCodes.OK, run.exitCode(), "nothing that could be checked is wrong");
    assertEquals(List.of(
        "-:2:4: rij 'X', kolom 'Totaal': dit totaal is niet gecontroleerd, want een deel is leeg of onderdrukt",
        "-:4:4: rij 'Totaal', kolom 'Totaal': dit totaal is niet gecontroleerd, want een deel is leeg of onderdrukt",
        "-: klopt voor zover te controleren: 2 totalen niet gecontroleerd (hierboven)"), run.out().lines().toList());
    assertFalse(run.out().contains("elk totaal"), "never claims that every total adds up");
    Run json = Run.withInput(csv, "audit", "--format", "json", "-");
    assertEquals("{\"consistent\": true, \"findings\": [], \"unchecked\": [{\"row\": \"X\", \"column\": \"Totaal\"},"
        + " {\"row\": \"Totaal\", \"column\": \"Totaal\"}]}", json.out().strip());
  }

  @Test
  void readsStandardInput() {
    byte[] csv = "Soort;Aantal\nA;1\nB;2\nTotaal;4\n".getBytes(StandardCharsets.UTF_8);
    Run run = Run.withInput(csv, "audit", "-");
    assertEquals(ExitCodes.DATA_PROBLEMS, run.exitCode());
    assertTrue(run.out().startsWith("-:4:2: rij 'Totaal', kolom 'Aantal'"), run.out());
    assertTrue(run.summary().startsWith("cjg audit: gelezen: standaardinvoer (3 rijen)"), run.err());
  }

  @Test
  void aMissingFileIsOneLineAndExitTwo() {
    Run run = Run.of("audit", dir.resolve("nope.csv").toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode());
    assertTrue(run.errIsOneCleanLine(), run.err());
    assertTrue(run.err().startsWith("cjg audit: ") && run.err().contains("bestand bestaat niet"), run.err());
  }

  @Test
  void aTableThatIsNotATableIsOneLineWithItsPlaceAndWithoutItsText() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.csv"), "Kern;Aantal\nBergen;Jansen\n");
    Run run = Run.of("audit", bad.toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode());
    assertTrue(run.errIsOneCleanLine(), run.err());
    assertTrue(run.err().contains("line 2, column 2"), run.err());
    assertTrue(!run.err().contains("Jansen"), "never echo the cell's text");
  }

  @Test
  void usageErrorsExitTwo() {
    Run missing = Run.of("audit");
    assertEquals(ExitCodes.USAGE_OR_INPUT, missing.exitCode());
    assertTrue(missing.errIsOneCleanLine(), missing.err());
    Run format = Run.of("audit", "--format", "xml", "x.csv");
    assertEquals(ExitCodes.USAGE_OR_INPUT, format.exitCode());
    Run csv = Run.of("audit", "--format", "csv", "x.csv");
    assertEquals(ExitCodes.USAGE_OR_INPUT, csv.exitCode());
  }

  @Test
  void helpAndVersion() {
    Run help = Run.of("audit", "--help");
    assertEquals(ExitCodes.OK, help.exitCode());
    assertTrue(help.out().contains("TABLE.csv"));
    Run version = Run.of("--version");
    assertEquals(ExitCodes.OK, version.exitCode());
    assertTrue(version.out().startsWith("cjg "), version.out());
    Run none = Run.of();
    assertEquals(ExitCodes.USAGE_OR_INPUT, none.exitCode());
  }

  private Path bergen(String from, String to) throws IOException {
    String text;
    try (var in = BergenDataset.stream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(text.contains(from));
    return Files.writeString(dir.resolve("bergen.jsonl"), text.replace(from, to), StandardCharsets.UTF_8);
  }

  /** The Bergen rates: each with what its counts allow; none contradicts them, the logopedie shares add up. */
  @Test
  void theRatesOfADatasetAreCheckedAgainstTheirCounts() throws IOException {
    Path bergen = bergen("", "");
    Run run = Run.of("audit", "--rates", bergen.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.stream().anyMatch(line -> line.matches(Pattern.quote(bergen.toString()) + ":\\d+: Screeninghuisbezoek, hielprikken \\(2010\\):"
        + " bereik hielprik: 73% \\(bereik\\): 123 deelnemers: past bij een doelgroep van 168 tot en met 169")), run.out());
    assertTrue(lines.stream().anyMatch(line -> line.contains(": Logopedie 5 jarigen: de aandelen (") && line.endsWith("Dat klopt.")), run.out());
    assertTrue(run.summary().contains("12 percentages en uitsplitsingen gecontroleerd, 0 kloppen niet"), run.err());
  }

  /** The doctor's 108,1% of the BTP, as the source prints it beside 1467 contacts and a norm of 1385. */
  @Test
  void aRateThatContradictsItsCountsIsNamedWithWhatTheyGive() throws IOException {
    Path bergen = bergen("\"contacten\":1467,\"norm\":1385,\"uitsplitsingen\":[],\"percentages\":[]",
        "\"contacten\":1467,\"norm\":1385,\"uitsplitsingen\":[],\"percentages\":[{\"wat\":\"uitgevoerd t.o.v. BTP\","
            + "\"soort\":\"UITVOERING_TOV_NORM\",\"waarde\":108.1}]");
    Run run = Run.english("audit", "--rates", bergen.toString());
    assertEquals(ExitCodes.DATA_PROBLEMS, run.exitCode(), run.err());
    assertTrue(run.out().contains(": Contactmomenten kinderen 0-4 jaar, arts JGZ (2010): uitgevoerd t.o.v. BTP: 108.1% (performed against the BTP):"
        + " does not agree: 1,467 contacts of a norm (BTP) of 1,385 is 105.9%; 108.1% fits 1,497 contacts of a norm (BTP) of 1,385,"
        + " or 1,467 contacts of a norm (BTP) of 1,357"), run.out());
    Run json = Run.of("audit", "--rates", "--format", "json", bergen.toString());
    assertEquals(ExitCodes.DATA_PROBLEMS, json.exitCode());
    assertTrue(json.out().contains("\"aanbod\":\"Contactmomenten kinderen 0-4 jaar\",\"meting\":\"arts JGZ\",\"wat\":\"uitgevoerd t.o.v. BTP\","
        + "\"soort\":\"UITVOERING_TOV_NORM\",\"waarde\":108.1,\"outcome\":\"CONTRADICTS\",\"teller\":1467,\"noemer\":1385,"
        + "\"expected\":105.9,\"tellers\":[1497,1497],\"noemers\":[1357,1357]}"), json.out());
    assertTrue(json.out().strip().endsWith("\"consistent\":false}"), json.out());
  }

  @Test
  void aTableIsNotADataset() throws IOException {
    Run run = Run.of("audit", "--rates", table("kinderopvang.csv").toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode(), run.err());
  }
}
