package nl.cjg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code cjg validate}: datasets and single records, every problem with line and path, exit codes. */
class ValidateCommandTest {
  @Test
  void theReferenceDatasetIsValid() {
    Run run = Run.withInput(Datasets.bytes(Datasets.bergenLines()), "validate", "-");
    assertEquals(ExitCodes.OK, run.exitCode(), run.out());
    assertEquals("-: geldig, " + (Datasets.bergenLines().size() - 1) + " records zonder problemen", run.out().strip());
    assertTrue(run.summary().startsWith("cjg validate: gelezen: standaardinvoer (" + (Datasets.bergenLines().size() - 1) + " records); "),
        run.err());
    assertFalse(run.summary().contains("geweigerd"), "nothing refused: " + run.err());
  }

  @Test
  void everyProblemOfADatasetHasItsLineAndPath() {
    List<String> lines = new ArrayList<>(Datasets.bergenLines());
    int hielprik = 0;
    while (!lines.get(hielprik).contains("\"deelnemers\":123")) {
      hielprik++;
    }
    lines.set(hielprik, lines.get(hielprik).replace("\"deelnemers\":123", "\"deelnemers\":\"123\""));
    lines.add(hielprik + 1, "{\"type\":\"onbekend\"}");
    Run run = Run.withInput(Datasets.bytes(lines), "validate", "-");
    assertEquals(ExitCodes.DATA_PROBLEMS, run.exitCode());
    List<String> out = run.out().lines().toList();
    assertTrue(out.get(0).startsWith("-:" + (hielprik + 1) + ":") && out.get(0).contains("#/kengetallen/0/deelnemers JSON-TYPE"),
        out.get(0));
    assertTrue(out.get(1).startsWith("-:" + (hielprik + 2) + ":") && out.get(1).contains("#/type DATASET-TYPE"), out.get(1));
    assertEquals("-: 2 problemen in 2 van " + (lines.size() - 1) + " records", out.get(out.size() - 1));
    assertFalse(run.out().contains("\"123\""), "never echo input text");
  }

  @Test
  void theDatasetRulesRunAfterTheRecordRulesAndNameBothRecords() {
    List<String> lines = new ArrayList<>(Datasets.bergenLines());
    lines.add(Datasets.firstOfType("casus"));
    lines.add(Datasets.firstOfType("casusoverleg").replace("\"datum\":\"2012-04-24\"", "\"datum\":\"2012-09-04\"")
        .replace("\"afsprakenlijst\":[]", "\"afsprakenlijst\":[{\"wie\":{\"organisatie\":\"Bureau Jeugdzorg Noord-Holland\","
            + "\"functie\":\"medewerker toegang\"},\"wat\":\"een vervolgstap zetten\",\"uiterlijk\":\"2012-09-25\","
            + "\"casus\":\"PILOT-2012-01\",\"status\":\"OPEN\"}]"));
    Run run = Run.withInput(Datasets.bytes(lines), "validate", "-");
    assertEquals(ExitCodes.DATA_PROBLEMS, run.exitCode(), run.out());
    int first = Datasets.bergenLines().indexOf(Datasets.firstOfType("casus")) + 1;
    assertTrue(run.out().contains("-:" + (lines.size() - 1) + " #/kenmerk DATASET-003 ")
        && run.out().contains("(record " + first + ")"), run.out());
    assertTrue(run.out().contains("-:" + lines.size() + " #/afsprakenlijst/0/uiterlijk DATASET-009 "), run.out());
    assertTrue(run.out().contains("1 probleem in 1 van " + (lines.size() - 1) + " records"), "the warnings do not count: " + run.out());
  }

  @Test
  void aSingleBespreekformulierIsValidatedWithTheBusinessRules() {
    String casus = Datasets.firstOfType("casus").replaceFirst("\\{\"type\":\"casus\",", "{");
    Run valid = Run.withInput(casus.getBytes(StandardCharsets.UTF_8), "validate", "-");
    assertEquals(ExitCodes.OK, valid.exitCode(), valid.out());
    String tooOld = casus.replaceFirst("\"leeftijdsgroep\":\\{\"van\":\\d+,\"tot\":\\d+", "\"leeftijdsgroep\":{\"van\":30,\"tot\":40");
    Run invalid = Run.withInput(tooOld.getBytes(StandardCharsets.UTF_8), "validate", "--type", "casus", "-");
    assertEquals(ExitCodes.DATA_PROBLEMS, invalid.exitCode());
    int column = tooOld.indexOf("\"leeftijdsgroep\":{") + "\"leeftijdsgroep\":".length() + 1;
    assertTrue(invalid.out().startsWith("-:1:" + column + " #/kind/leeftijdsgroep CASUS-"),
        "a business rule's problem in a single record gets the line and column of its path: " + invalid.out());
    String pretty = tooOld.replace("\"kind\":{", "\"kind\":\n  {");
    Run onTwoLines = Run.withInput(pretty.getBytes(StandardCharsets.UTF_8), "validate", "-");
    int prettyColumn = pretty.substring(pretty.indexOf('\n') + 1).indexOf("\"leeftijdsgroep\":{") + "\"leeftijdsgroep\":".length() + 1;
    assertTrue(onTwoLines.out().startsWith("-:2:" + prettyColumn + " #/kind/leeftijdsgroep CASUS-"), onTwoLines.out());
  }

  @Test
  void aRecordAsADatasetLineHoldsItIsReadByItsType() {
    String pretty = Datasets.firstOfType("aanbod").replace(",\"naam\"", ",\n  \"naam\"").replace("\"deelnemers\":40", "\"deelnemers\":-1");
    Run run = Run.withInput(pretty.getBytes(StandardCharsets.UTF_8), "validate", "-");
    assertEquals(ExitCodes.DATA_PROBLEMS, run.exitCode());
    assertTrue(run.out().startsWith("-:2:"), "the problem's line in the input: " + run.out());
    assertTrue(run.out().contains("KENGETAL-S01"), run.out());
  }

  /** The problems of validating these bytes, without the summary line. */
  private static List<String> problems(byte[] input, String... options) {
    List<String> args = new ArrayList<>(List.of("validate"));
    args.addAll(List.of(options));
    args.add("-");
    Run run = Run.withInput(input, args.toArray(String[]::new));
    assertEquals(ExitCodes.DATA_PROBLEMS, run.exitCode(), run.out());
    List<String> lines = run.out().lines().toList();
    return lines.subList(0, lines.size() - 1);
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      bytes.writeBytes(part);
    }
    return bytes.toByteArray();
  }

  @Test
  void aSingleRecordGetsTheChecksOfADatasetLine() {
    String aanbod = Datasets.firstOfType("aanbod");
    String untyped = Datasets.firstOfType("casus").replaceFirst("\\{\"type\":\"casus\",", "{");
    int naam = aanbod.indexOf("\"naam\":\"") + 8;
    byte[] head = aanbod.substring(0, naam).getBytes(StandardCharsets.UTF_8);
    byte[] tail = aanbod.substring(naam).getBytes(StandardCharsets.UTF_8);
    // Bytes that are not UTF-8 inside a string: refused at the byte that breaks the sequence, as in a dataset.
    List<String> invalid = problems(concat(head, new byte[] {(byte) 0xC3, (byte) 0x28}, tail));
    assertEquals(1, invalid.size(), invalid.toString());
    assertTrue(invalid.get(0).startsWith("-:1:" + (naam + 2) + " ") && invalid.get(0).contains("JSON-ENCODING"), invalid.get(0));
    // A raw line break inside a string is not JSON, on the line where it stands.
    List<String> lineBreak = problems(concat(head, "a\nb".getBytes(StandardCharsets.UTF_8), tail));
    assertEquals(1, lineBreak.size(), lineBreak.toString());
    assertTrue(lineBreak.get(0).startsWith("-:1:") && lineBreak.get(0).contains("JSON-SYNTAX"), lineBreak.get(0));
    // A byte order mark gets its own problem, typed or not.
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertEquals(List.of("-:1:1 # JSON-BOM"), problems(concat(bom, aanbod.getBytes(StandardCharsets.UTF_8))).stream().map(p -> p.substring(0, p.indexOf("JSON-BOM") + 8)).toList());
    assertTrue(problems(concat(bom, untyped.getBytes(StandardCharsets.UTF_8))).get(0).contains("JSON-BOM"));
    assertTrue(problems(concat(bom, untyped.getBytes(StandardCharsets.UTF_8)), "--type", "casus").get(0).contains("JSON-BOM"));
    // A record over several lines keeps its lines.
    List<String> pretty = problems(aanbod.replace(",\"naam\"", ",\n\"naam\"").replace("\"naam\":\"", "\"naam\":1,\"x\":\"").getBytes(StandardCharsets.UTF_8));
    assertTrue(pretty.get(0).startsWith("-:2:"), pretty.toString());
  }

  @Test
  void badInput() {
    Run notJson = Run.withInput("dit is geen json".getBytes(StandardCharsets.UTF_8), "validate", "-");
    assertEquals(ExitCodes.DATA_PROBLEMS, notJson.exitCode());
    assertTrue(notJson.out().contains("JSON-"), notJson.out());
    assertFalse(notJson.out().contains("geen json"));
    Run unknownType = Run.withInput("{}".getBytes(StandardCharsets.UTF_8), "validate", "--type", "kat", "-");
    assertEquals(ExitCodes.USAGE_OR_INPUT, unknownType.exitCode());
    assertTrue(unknownType.errIsOneCleanLine(), unknownType.err());
    Run missing = Run.of("validate", "/no/such/dataset.jsonl");
    assertEquals(ExitCodes.USAGE_OR_INPUT, missing.exitCode());
    assertTrue(missing.errIsOneCleanLine(), missing.err());
    assertEquals(ExitCodes.OK, Run.of("validate", "--help").exitCode());
  }
}
