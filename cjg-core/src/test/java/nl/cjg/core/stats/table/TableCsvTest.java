package nl.cjg.core.stats.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.cjg.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class TableCsvTest {
  static byte[] resource(String name) throws IOException {
    try (InputStream in = TableCsvTest.class.getResourceAsStream("/nl/cjg/core/stats/" + name)) {
      return in.readAllBytes();
    }
  }

  private static TableFormatException problem(String csv) {
    return assertThrows(TableFormatException.class, () -> TableCsv.read(csv));
  }

  @Test
  void readsTheSeedsPopulationTableWithThousandsSeparators() throws IOException {
    PublishedTable table = TableCsv.read(resource("bevolking-kernen.csv"));
    assertEquals(List.of("Kern", "Inwoners", "0 - 25 jaar", "% van Inwoners"), table.headers());
    assertEquals("Bergen", table.rows().get(0).label());
    assertEquals(Cell.of(12590), table.cell(0, 0));
    assertEquals(Cell.of(3147), table.cell(0, 1));
    assertEquals(Cell.of(new BigDecimal("25")), table.cell(0, 2));
    assertEquals(Cell.of(30985), table.cell(7, 0));
  }

  @Test
  void numbersByColumn() {
    PublishedTable table =
        TableCsv.read("Rij;Aantal;%\n"
            + "a;1.269;30.985\n"
            + "b;12.5;99,4%\n"
            + "c;1.234,5;11.1 %\n"
            + "d;12,345;0.70\n"
            + "e; 7 ;\u00a08\u00a0\n");
    assertEquals(Cell.of(1269), table.cell(0, 0));
    assertEquals(Cell.of(new BigDecimal("30.985")), table.cell(0, 1));
    assertEquals(Cell.of(new BigDecimal("12.5")), table.cell(1, 0));
    assertEquals(Cell.of(new BigDecimal("99.4")), table.cell(1, 1));
    assertEquals(Cell.of(new BigDecimal("1234.5")), table.cell(2, 0));
    assertEquals(Cell.of(new BigDecimal("11.1")), table.cell(2, 1));
    assertEquals(Cell.of(new BigDecimal("12.345")), table.cell(3, 0));
    assertEquals(Cell.of(new BigDecimal("0.70")), table.cell(3, 1));
    assertEquals(Cell.of(7), table.cell(4, 0));
    assertEquals(Cell.of(8), table.cell(4, 1));
  }

  @Test
  void commaDelimitedWithQuotedFields() {
    PublishedTable table = TableCsv.read("Soort,Aantal,%\n\"Groet, Camperduin\",12,\"3,5\"\n\"Zeg \"\"ja\"\"\",1,\r\n");
    assertEquals("Groet, Camperduin", table.rows().get(0).label());
    assertEquals(Cell.of(new BigDecimal("3.5")), table.cell(0, 1));
    assertEquals("Zeg \"ja\"", table.rows().get(1).label());
    assertEquals(Cell.empty(), table.cell(1, 1));
  }

  @Test
  void semicolonWinsWhenTheHeaderHasMore() {
    PublishedTable table = TableCsv.read("Kern;Aantal, totaal;%\nBergen;3;1,5\n");
    assertEquals(List.of("Kern", "Aantal, totaal", "%"), table.headers());
  }

  @Test
  void emptyAndSuppressedCells() {
    PublishedTable table = TableCsv.read("Kern;Aantal;%\nBergen;x;\nEgmond;X;  \n");
    assertEquals(Cell.suppressed(), table.cell(0, 0));
    assertEquals(Cell.empty(), table.cell(0, 1));
    assertEquals(Cell.suppressed(), table.cell(1, 0));
    assertFalse(table.cell(1, 1).isValue());
  }

  @Test
  void aUtf8ByteOrderMarkIsSkippedAndTrailingBlankLinesIgnored() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "Kern;Aantal\nBergen;1\n\n  \n".getBytes(StandardCharsets.UTF_8);
    byte[] content = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, content, 0, bom.length);
    System.arraycopy(body, 0, content, bom.length, body.length);
    PublishedTable table = TableCsv.read(content);
    assertEquals("Kern", table.headers().get(0));
    assertEquals(1, table.rows().size());
    assertEquals("Kern", TableCsv.read("\uFEFFKern;Aantal\nBergen;1").headers().get(0));
  }

  @Test
  void raggedRowsAreRefusedWithTheirLine() {
    TableFormatException e = problem("Kern;Aantal;%\nBergen;1;2\nEgmond;3\n");
    assertEquals(3, e.line());
    assertEquals(0, e.column());
    assertEquals("line 3: the row has 2 fields where the header has 3", e.getMessage());
    assertEquals(4, problem("Kern;Aantal\nBergen;1\n\nEgmond;3\n").line() + 1);
  }

  @Test
  void aNonNumberIsRefusedWithLineAndColumnButWithoutItsText() {
    TableFormatException e = problem("Kern;Aantal;%\nBergen;1;2\nEgmond;drie;3\n");
    assertEquals(3, e.line());
    assertEquals(2, e.column());
    assertEquals("line 3, column 2: not a number in the count column 'Aantal'", e.getMessage());
    assertFalse(e.getMessage().contains("drie"));
    assertEquals(3, problem("Kern;Aantal;%\nBergen;1;-2\n").column());
    assertEquals(2, problem("Kern;Aantal\nBergen;1e3\n").column());
    assertEquals(2, problem("Kern;Aantal\nBergen;-\n").column());
    assertTrue(problem("Kern;Aantal;%\nBergen;1;2.5.1\n").getMessage().contains("percentage column"));
  }

  @Test
  void emptyInputs() {
    assertEquals("line 1: the input is empty", problem("").getMessage());
    assertEquals(1, problem(" \n\n").line());
    assertEquals(1, assertThrows(TableFormatException.class, () -> TableCsv.read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).line());
    assertEquals(2, problem("Kern;Aantal\n").line());
    assertEquals(1, problem("Kern\nBergen\n").line());
  }

  @Test
  void encodings() {
    TableFormatException utf16 =
        assertThrows(TableFormatException.class, () -> TableCsv.read("Kern;Aantal\n".getBytes(StandardCharsets.UTF_16)));
    assertTrue(utf16.getMessage().contains("UTF-16"));
    byte[] latin1 = "Kern;Aantal\nCli\u00ebnten;1\n".getBytes(StandardCharsets.ISO_8859_1);
    TableFormatException malformed = assertThrows(TableFormatException.class, () -> TableCsv.read(latin1));
    assertEquals(2, malformed.line());
    assertEquals("line 2: the input is not valid UTF-8", malformed.getMessage());
  }

  @Test
  void quotes() {
    TableFormatException open = problem("Kern;Aantal\n\"Bergen;1\n");
    assertEquals(2, open.line());
    assertEquals(1, open.column());
    TableFormatException after = problem("Kern;Aantal\nBergen;\"1\"2\n");
    assertEquals(2, after.column());
  }

  @Test
  void limits() {
    assertEquals(0, problem("a".repeat(TableCsv.MAX_BYTES + 1)).line());
    assertEquals(0, assertThrows(TableFormatException.class, () -> TableCsv.read(new byte[TableCsv.MAX_BYTES + 1])).line());
    StringBuilder many = new StringBuilder("Kern;Aantal\n");
    for (int i = 0; i <= TableCsv.MAX_ROWS; i++) {
      many.append("k;1\n");
    }
    assertEquals(TableCsv.MAX_ROWS + 2, problem(many.toString()).line());
    assertEquals(1, problem("k" + ";a".repeat(TableCsv.MAX_COLUMNS) + "\nx" + ";1".repeat(TableCsv.MAX_COLUMNS)).line());
  }

  @Test
  void bothUtf16ByteOrderMarksAreNamed() {
    for (byte[] bom : List.of(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'K'}, new byte[] {(byte) 0xFF, (byte) 0xFE, 'K', 0})) {
      TableFormatException e = assertThrows(TableFormatException.class, () -> TableCsv.read(bom));
      assertEquals("line 1: the input is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8", e.getMessage());
    }
    assertEquals("line 1: the input is not valid UTF-8", assertThrows(TableFormatException.class, () -> TableCsv.read(new byte[] {(byte) 0xFE})).getMessage());
  }

  @Test
  void everyKindOfLineEndEndsALine() {
    PublishedTable expected = TableCsv.read("Kern;Aantal\nBergen;1\nSchoorl;2\n");
    assertEquals(expected, TableCsv.read("Kern;Aantal\r\nBergen;1\r\nSchoorl;2\r\n"));
    assertEquals(expected, TableCsv.read("Kern;Aantal\rBergen;1\rSchoorl;2\r"));
    assertEquals(expected, TableCsv.read("Kern;Aantal\r\nBergen;1\nSchoorl;2\r"));
  }

  @Test
  void aHeaderStartingWithAByteOrderMarkKeepsItWhenWrittenAndRead() {
    PublishedTable table = TableCsv.read("\"\uFEFFKern\";Aantal\nBergen;1\n");
    assertEquals("\uFEFFKern", table.headers().get(0));
    assertEquals(table, TableCsv.read(TableCsv.write(table)));
  }

  @Test
  void aTieBetweenDelimitersGoesToTheSemicolon() {
    PublishedTable table = TableCsv.read("Kern;Aantal,x\nBergen;1\n");
    assertEquals(List.of("Kern", "Aantal,x"), table.headers());
  }

  @Test
  void aLabelStartingWithADelimiterIsQuotedWhenWritten() {
    PublishedTable table = TableCsv.read("Kern;Aantal\n\";Bergen\";1\n");
    assertEquals(";Bergen", table.rows().get(0).label());
    assertEquals("Kern;Aantal\n\";Bergen\";1\n", TableCsv.write(table));
    assertEquals(table, TableCsv.read(TableCsv.write(table)));
  }

  @Test
  void eachLimitIsReadAndOneMoreIsRefused() {
    String atBytes = tableOfSize(TableCsv.MAX_BYTES);
    assertEquals(TableCsv.MAX_BYTES, atBytes.length());
    TableCsv.read(atBytes);
    TableCsv.read(atBytes.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals("the input is longer than " + TableCsv.MAX_BYTES + " characters", problem(atBytes + " ").getMessage());

    assertEquals(TableCsv.MAX_ROWS, TableCsv.read("Kern;Aantal\n" + "k;1\n".repeat(TableCsv.MAX_ROWS)).rows().size());
    assertEquals(TableCsv.MAX_ROWS + 2, problem("Kern;Aantal\n" + "k;1\n".repeat(TableCsv.MAX_ROWS + 1)).line());

    String columns = "k" + ";a".repeat(TableCsv.MAX_COLUMNS - 1) + "\nx" + ";1".repeat(TableCsv.MAX_COLUMNS - 1);
    assertEquals(TableCsv.MAX_COLUMNS, TableCsv.read(columns).headers().size());
    assertEquals(1, problem("k" + ";a".repeat(TableCsv.MAX_COLUMNS) + "\nx" + ";1".repeat(TableCsv.MAX_COLUMNS)).line());

    String label = "k".repeat(TableCsv.MAX_LINE_LENGTH - 2);
    assertEquals(label, TableCsv.read("Kern;Aantal\n" + label + ";1\n").rows().get(0).label());
    TableFormatException line = problem("Kern;Aantal\n" + label + "k;1\n");
    assertEquals(2, line.line());
    assertEquals("line 2: a line may have at most " + TableCsv.MAX_LINE_LENGTH + " characters", line.getMessage());
  }

  /** A valid table of exactly {@code size} characters, in lines well under the line limit. */
  private static String tableOfSize(int size) {
    StringBuilder table = new StringBuilder("K;A\n");
    String row = "k" + " ".repeat(4995) + ";1\n";
    while (size - table.length() > 2 * row.length()) {
      table.append(row);
    }
    int rest = size - table.length() - "k;1\n".length();
    table.append("k").append(" ".repeat(rest / 2)).append(";").append(" ".repeat(rest - rest / 2)).append("1\n");
    return table.toString();
  }

  @Test
  void writesWhatItReads() {
    PublishedTable table =
        PublishedTable.of(
            List.of(
                TableRow.of("Bergen; Egmond", Cell.of(1269), Cell.of(new BigDecimal("40.0")), Cell.suppressed()),
                TableRow.of("\"Totaal\"", Cell.of(new BigDecimal("12.345")), Cell.empty(), Cell.of(30985))),
            "Kern",
            "Aantal",
            "%",
            "Totaal");
    String csv = TableCsv.write(table);
    assertEquals(
        "Kern;Aantal;%;Totaal\n\"Bergen; Egmond\";1269;40,0;x\n\"\"\"Totaal\"\"\";12,345;;30985\n", csv);
    assertEquals(table, TableCsv.read(csv));
  }

  @Test
  void structuralRulesOfCellsRowsAndTables() {
    assertEquals(
        Cell.KIND_CODE,
        assertThrows(InvalidValueException.class, () -> ImmutableCell.builder().kind(Cell.Kind.VALUE).build()).code());
    assertEquals(
        "CELL-S01",
        assertThrows(
                InvalidValueException.class,
                () -> ImmutableCell.builder().kind(Cell.Kind.EMPTY).value(BigDecimal.ONE).build())
            .code());
    assertEquals(Cell.NEGATIVE_CODE, assertThrows(InvalidValueException.class, () -> Cell.of(-1)).code());
    assertEquals(Cell.of(1000), Cell.of(new BigDecimal("1E+3")));
    assertEquals(
        TableRow.LABEL_CODE, assertThrows(InvalidValueException.class, () -> TableRow.of("a\nb", Cell.of(1))).code());
    assertEquals(
        PublishedTable.COLUMNS_CODE,
        assertThrows(InvalidValueException.class, () -> PublishedTable.of(List.of(), "Kern")).code());
    assertEquals(
        PublishedTable.WIDTH_CODE,
        assertThrows(
                InvalidValueException.class, () -> PublishedTable.of(List.of(TableRow.of("a")), "Kern", "Aantal"))
            .code());
    assertEquals(
        PublishedTable.HEADER_CODE,
        assertThrows(InvalidValueException.class, () -> PublishedTable.of(List.of(), "Kern", "Aan\rtal")).code());
  }

  @Test
  void conventions() {
    assertTrue(TableConventions.isTotalColumn(" TOTAL "));
    assertFalse(TableConventions.isTotalColumn("Totaal aantal jongeren"));
    assertTrue(TableConventions.isTotalRow("totaal"));
    assertTrue(TableConventions.isTotalRow("Totaal aantal jongeren 0-17 jaar AWBZ"));
    assertTrue(TableConventions.isOverlapTotalRow("Totaal unieke cliënten (Overlap)"));
    assertFalse(TableConventions.isOverlapTotalRow("AMK (overlap)"));
    assertTrue(TableConventions.isPercentageColumn(" % van 6464"));
    assertFalse(TableConventions.isPercentageColumn("Aantal %"));
  }
}
