package nl.cjg.core.stats.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import nl.cjg.core.stats.audit.AuditResult;
import nl.cjg.core.stats.audit.TableAudit;

/**
 * Fuzz test of the audit CSV reader: whatever the bytes, {@link TableCsv#read} gives a table that
 * writes and reads back to itself and can be audited (or is refused by the audit, as documented,
 * for a percentage column without a valid base), or a {@link TableFormatException} with a place and
 * a message — never another exception, never a hang. In {@code mvn verify} (without
 * {@code JAZZER_FUZZ=1}) it replays the inputs in {@code TableCsvFuzzTestInputs/read/}.
 */
class TableCsvFuzzTest {
  @FuzzTest
  void read(byte[] input) {
    check(() -> TableCsv.read(input));
    check(() -> TableCsv.read(new String(input, StandardCharsets.UTF_8)));
  }

  private static void check(java.util.function.Supplier<PublishedTable> read) {
    PublishedTable table;
    try {
      table = read.get();
    } catch (TableFormatException e) {
      assertPlaced(e);
      return;
    }
    assertEquals(table, TableCsv.read(TableCsv.write(table)));
    AuditResult result;
    try {
      result = TableAudit.audit(table);
    } catch (TableFormatException e) {
      // Documented: a percentage column whose header names no valid base.
      assertPlaced(e);
      return;
    }
    assertTrue(result.toJson().startsWith("{\"consistent\": " + result.isConsistent()));
  }

  private static void assertPlaced(TableFormatException e) {
    assertTrue(e.line() >= 0 && e.column() >= 0);
    assertFalse(e.getMessage().isBlank());
  }
}
