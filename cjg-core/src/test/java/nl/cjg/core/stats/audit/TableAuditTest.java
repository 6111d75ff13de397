package nl.cjg.core.stats.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import nl.cjg.core.stats.table.Cell;
import nl.cjg.core.stats.table.PublishedTable;
import nl.cjg.core.stats.table.TableFormatException;
import nl.cjg.core.stats.table.TableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The count tables of the Werkplan CJG Bergen 2012, uitwerking 1: as CSV in
 * src/test/resources/nl/cjg/core/stats, and, for the tables the reference data holds as records
 * (kinderopvang, leerlingen, AWBZ), laid out from those records ({@link BergenTabellen}).
 */
class TableAuditTest {
  static AuditResult auditResource(String name) throws IOException {
    try (InputStream in = TableAuditTest.class.getResourceAsStream("/nl/cjg/core/stats/" + name)) {
      return TableAudit.auditCsv(in.readAllBytes());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bevolking-leeftijd.csv",
        "bevolking-kernen-leeftijd.csv",
        "prenatale-voorlichting.csv",
        "opvoedspreekuur-gesprekken.csv",
        "overlastmeldingen.csv"
      })
  void theSeedTablesThatAddUp(String name) throws IOException {
    AuditResult result = auditResource(name);
    assertTrue(result.isConsistent(), result::toJson);
    assertEquals("{\"consistent\": true, \"findings\": []}", result.toJson());
  }

  @Test
  void thePupilsPerSchoolOfTheReferenceDataAddUp() {
    assertEquals("{\"consistent\": true, \"findings\": []}", TableAudit.audit(BergenTabellen.leerlingen()).toJson());
  }

  @Test
  void ageBandsAddUpTo7753AndGroetCamperduinsThreePercentIsRight() throws IOException {
    // 0-25: 1186 + 1829 + 1851 + 1692 + 1195 = 7753, 25% of 30.985; each kern's split is right,
    // and Groet + Camperduin's 57 of 1990 is indeed 3% (2.86%), though far below the other kernen.
    assertTrue(auditResource("bevolking-leeftijd.csv").isConsistent());
    assertTrue(auditResource("bevolking-kernen-leeftijd.csv").isConsistent());
    AuditResult kernen = auditResource("bevolking-kernen.csv");
    assertTrue(kernen.findings().stream().noneMatch(f -> f.row().startsWith("Groet")));
  }

  @Test
  void theKernenDoNotAddUpToTheMunicipality() throws IOException {
    // No single cell explains both wrong sums, so both are reported.
    assertEquals(
        "{\"consistent\": false, \"findings\": ["
            + "{\"row\": \"Totaal gemeente\", \"column\": \"Inwoners\", \"kind\": \"sum\", \"stated\": 30985, \"expected\": 32975}, "
            + "{\"row\": \"Totaal gemeente\", \"column\": \"0 - 25 jaar\", \"kind\": \"sum\", \"stated\": 7753, \"expected\": 8028}]}",
        auditResource("bevolking-kernen.csv").toJson());
  }

  @Test
  void aTotalWithAnEmptyOrSuppressedPartIsNamedAsUnchecked() {
    AuditResult result = TableAudit.auditCsv("Kern;A;B;Totaal\nX;1;x;5\nY;2;3;5\nZ;;1;1\nTotaal;3;x;11\n");
    assertTrue(result.isConsistent(), "nothing that could be checked is wrong");
    assertEquals(
        List.of("X/Totaal 2:4", "Z/Totaal 4:4", "Totaal/A 5:2", "Totaal/Totaal 5:4"),
        result.uncheckedTotals().stream().map(u -> u.row() + "/" + u.column() + " " + u.line() + ":" + u.columnNumber()).toList());
    assertTrue(result.toJson().endsWith("], \"unchecked\": [{\"row\": \"X\", \"column\": \"Totaal\"}, {\"row\": \"Z\", \"column\": \"Totaal\"},"
        + " {\"row\": \"Totaal\", \"column\": \"A\"}, {\"row\": \"Totaal\", \"column\": \"Totaal\"}]}"), result.toJson());
    AuditResult complete = TableAudit.auditCsv("Kern;A;B;Totaal\nX;1;4;5\nTotaal;1;4;5\n");
    assertEquals(List.of(), complete.uncheckedTotals(), "every total checked");
    assertEquals("{\"consistent\": true, \"findings\": []}", complete.toJson());
  }

  @Test
  void childcareBergenTotalIsTheOneWrongCell() throws IOException {
    AuditResult result = TableAudit.audit(BergenTabellen.kinderopvang());
    assertEquals(1, result.findings().size());
    Finding finding = result.findings().get(0);
    assertEquals("totaal", finding.row());
    assertEquals("Bergen", finding.column());
    assertEquals(5, finding.line(), "the header is line 1, the total row line 5");
    assertEquals(2, finding.columnNumber());
    assertEquals(Finding.Kind.CELL, finding.kind());
    assertEquals(new BigDecimal("418"), finding.stated());
    assertEquals(new BigDecimal("412"), finding.expected());
    assertEquals(
        "{\"consistent\": false, \"findings\": [{\"row\": \"totaal\", \"column\": \"Bergen\", \"kind\": \"cell\", \"stated\": 418, \"expected\": 412}]}",
        result.toJson());
  }

  @Test
  void opvoedspreekuurOutcomesPointAtACountWhenNoTotalExplainsThem() throws IOException {
    // Egmond's column adds up to 30, not 31, and "Probleem beter hanteerbaar" to 9, not 10: no
    // total alone explains both, but Egmond's count 2 being 3 does.
    assertEquals(
        "{\"consistent\": false, \"findings\": [{\"row\": \"Probleem beter hanteerbaar\", \"column\": \"Egmond\", \"kind\": \"cell\", \"stated\": 2, \"expected\": 3}]}",
        auditResource("opvoedspreekuur-resultaat.csv").toJson());
  }

  @Test
  void wrongPercentagesOfTheSeeds() throws IOException {
    assertCell(auditResource("jgz-contactmomenten-btp.csv"), "Arts", "% van Conform BTP", "108.1", "105.9");
    assertCell(
        auditResource("bjz-clienten.csv"),
        "Bergense jongeren 0-19 jaar bij BJZ in zorg",
        "% van Totaal aantal jongeren",
        "1.75",
        "1.73");
    assertCell(auditResource("bjz-werksoorten.csv"), "AMK", "%", "18.6", "18.8");
    AuditResult typeZorg = TableAudit.audit(BergenTabellen.awbzTypeZorg());
    assertCell(typeZorg, "Totaal aantal jongeren 0-17 jaar AWBZ (overlap)", "% van 6464", "1.4", "1.0");
    assertCell(TableAudit.audit(BergenTabellen.awbzGrondslag()), "Verstandelijke beperking (VG)", "% van 6464", "0.48", "0.42");
    assertTrue(typeZorg.toJson().endsWith("\"stated\": 1.4, \"expected\": 1.0}]}"));
  }

  private static void assertCell(AuditResult result, String row, String column, String stated, String expected) {
    assertEquals(1, result.findings().size(), result::toJson);
    Finding finding = result.findings().get(0);
    assertEquals(row, finding.row());
    assertEquals(column, finding.column());
    assertEquals(Finding.Kind.CELL, finding.kind());
    assertEquals(new BigDecimal(stated), finding.stated());
    assertEquals(new BigDecimal(expected), finding.expected());
  }

  @Test
  void twoEquallyPreferredCellsMeanTheFailingCheckIsReported() {
    // The percentage (30% of 200) and the total it is of (50) are both derived cells: either
    // alone could be the mistake, so the check is reported.
    PublishedTable table =
        PublishedTable.of(List.of(TableRow.of("Bergen", Cell.of(50), Cell.of(30))), "Kern", "Totaal", "% van 200");
    assertEquals(
        "{\"consistent\": false, \"findings\": [{\"row\": \"Bergen\", \"column\": \"% van 200\", \"kind\": \"percentage\", \"stated\": 30, \"expected\": 25}]}",
        TableAudit.audit(table).toJson());
  }

  @Test
  void aCountIsNamedWhenChangingTheDerivedCellWouldBreakAPassingCheck() {
    // Totaal 60 is not the sum 50, but 60 is 30% of 200: changing the total would break the
    // percentage, changing the count to 60 breaks nothing.
    PublishedTable table =
        PublishedTable.of(
            List.of(TableRow.of("Bergen", Cell.of(50), Cell.of(60), Cell.of(30))), "Kern", "Aantal", "Totaal", "% van 200");
    Finding finding = TableAudit.audit(table).findings().get(0);
    assertEquals(Finding.Kind.CELL, finding.kind());
    assertEquals("Aantal", finding.column());
    assertEquals(new BigDecimal("60"), finding.expected());
  }

  @Test
  void emptyAndSuppressedCellsAreNotChecked() {
    PublishedTable table =
        PublishedTable.of(
            List.of(
                TableRow.of("a", Cell.of(3), Cell.empty()),
                TableRow.of("b", Cell.suppressed(), Cell.of(99)),
                TableRow.of("Totaal", Cell.of(1000), Cell.of(100))),
            "Kern",
            "Aantal",
            "%");
    assertTrue(TableAudit.audit(table).isConsistent());
  }

  @Test
  void aPercentageOfAZeroBaseIsUndefinedAndSkipped() {
    PublishedTable table =
        PublishedTable.of(
            List.of(TableRow.of("a", Cell.of(0), Cell.of(0), Cell.of(12))), "Kern", "Aantal", "Basis", "% van Basis");
    assertTrue(TableAudit.audit(table).isConsistent());
  }

  @Test
  void aPercentageAgainstTheSameCellMustBe100() {
    PublishedTable table =
        PublishedTable.of(
            List.of(
                TableRow.of("a", Cell.of(5), Cell.of(50)),
                TableRow.of("b", Cell.of(5), Cell.of(50)),
                TableRow.of("Totaal", Cell.of(10), Cell.of(99))),
            "Kern",
            "Aantal",
            "%");
    assertEquals(
        "{\"consistent\": false, \"findings\": [{\"row\": \"Totaal\", \"column\": \"%\", \"kind\": \"cell\", \"stated\": 99, \"expected\": 100}]}",
        TableAudit.audit(table).toJson());
  }

  @Test
  void severalTotalRowsCloseTheirOwnGroups() {
    String csv =
        "Kern;Aantal;%\n"
            + "Bergen;3;75\n"
            + "Bergen aan Zee;1;25\n"
            + "Totaal Bergen;4;100\n"
            + "Egmond aan Zee;5;50\n"
            + "Egmond-Binnen;5;50\n"
            + "Totaal Egmond;10;100\n";
    assertTrue(TableAudit.auditCsv(csv).isConsistent());
  }

  @Test
  void jsonEscapesStringsAndPrintsNumbersPlainly() {
    PublishedTable table =
        PublishedTable.of(
            List.of(
                TableRow.of("a \"b\" \\ c\t\u0001\u2028\uD800", Cell.of(new BigDecimal("0.000001"))),
                TableRow.of("Totaal", Cell.of(new BigDecimal("1E+3")))),
            "Kern",
            "Aantal");
    assertEquals(
        "{\"consistent\": false, \"findings\": [{\"row\": \"Totaal\", \"column\": \"Aantal\", \"kind\": \"cell\", \"stated\": 1000, \"expected\": 0}]}",
        TableAudit.audit(table).toJson());
    Finding escaped =
        Finding.builder()
            .row("a \"b\" \\ c\t\u0001\u2028\uD800 é \uD83D\uDE00")
            .column("\b\f\n\r")
            .line(2)
            .columnNumber(2)
            .kind(Finding.Kind.SUM)
            .stated(new BigDecimal("0.000001"))
            .expected(new BigDecimal("1.50"))
            .build();
    assertEquals(
        "{\"consistent\": false, \"findings\": [{\"row\": \"a \\\"b\\\" \\\\ c\\t\\u0001\\u2028\\ud800 é \uD83D\uDE00\", "
            + "\"column\": \"\\b\\f\\n\\r\", \"kind\": \"sum\", \"stated\": 0.000001, \"expected\": 1.50}]}",
        AuditResult.of(List.of(escaped)).toJson());
  }

  @Test
  void headerProblemsNameTheColumn() {
    TableFormatException unknown =
        assertThrows(TableFormatException.class, () -> TableAudit.auditCsv("Kern;Aantal;% van Inwoners\nBergen;1;2\n"));
    assertEquals(1, unknown.line());
    assertEquals(3, unknown.column());
    assertTrue(unknown.getMessage().contains("Inwoners"));
    assertEquals(2, assertThrows(TableFormatException.class, () -> TableAudit.auditCsv("Kern;%;Aantal\nBergen;1;2\n")).column());
    assertEquals(
        3, assertThrows(TableFormatException.class, () -> TableAudit.auditCsv("Kern;Aantal;% per kern\nBergen;1;2\n")).column());
    assertEquals(
        3, assertThrows(TableFormatException.class, () -> TableAudit.auditCsv("Kern;Aantal;% van 0\nBergen;1;2\n")).column());
    assertEquals(
        4,
        assertThrows(TableFormatException.class, () -> TableAudit.auditCsv("Kern;Basis;Basis;% van basis\nBergen;1;2;3\n"))
            .column());
    assertEquals(
        4,
        assertThrows(TableFormatException.class, () -> TableAudit.auditCsv("Kern;Aantal;%;% van %\nBergen;1;2;3\n")).column());
    TableFormatException noTotal =
        assertThrows(TableFormatException.class, () -> TableAudit.auditCsv("Kern;Aantal;%\nBergen;1;2\nTotaal;1;\nEgmond;1;5\n"));
    assertEquals(4, noTotal.line());
    assertEquals(3, noTotal.column());
  }

  @Test
  void aColumnNamedLikeANumberWinsOverTheNumber() {
    PublishedTable table =
        PublishedTable.of(
            List.of(TableRow.of("a", Cell.of(10), Cell.of(5), Cell.of(50))), "Kern", "2011", "Aantal", "% van 2011");
    assertTrue(TableAudit.audit(table).isConsistent());
    assertFalse(
        TableAudit.audit(PublishedTable.of(List.of(TableRow.of("a", Cell.of(5), Cell.of(50))), "Kern", "Aantal", "% van 2011"))
            .isConsistent());
  }
}
