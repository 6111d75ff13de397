package nl.cjg.core.stats.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.cjg.core.referentie.BergenReferentie;
import nl.cjg.core.stats.table.PublishedTable;
import nl.cjg.core.stats.table.TableCsv;
import org.junit.jupiter.api.Test;

/**
 * The tables laid out from the reference records are the count tables the examples bundle for
 * {@code cjg audit}, cell for cell, so that the records are the one source of their figures; and
 * what the audit finds in them is what the records name as the source's discrepancies.
 */
class BergenTabellenTest {
  private static final Path BUNDLED =
      Path.of("").toAbsolutePath().resolveSibling("cjg-examples").resolve("src/main/resources/nl/cjg/examples/tabellen");

  @Test
  void theBundledTablesHoldTheFiguresOfTheReferenceRecords() throws IOException {
    Map<String, PublishedTable> tabellen = Map.of(
        "kinderopvang.csv", BergenTabellen.kinderopvang(),
        "leerlingen.csv", BergenTabellen.leerlingen(),
        "awbz-type-zorg.csv", BergenTabellen.awbzTypeZorg(),
        "awbz-grondslag.csv", BergenTabellen.awbzGrondslag());
    for (Map.Entry<String, PublishedTable> tabel : tabellen.entrySet()) {
      PublishedTable gebundeld = TableCsv.read(Files.readAllBytes(BUNDLED.resolve(tabel.getKey())));
      assertEquals(gebundeld, tabel.getValue(), tabel.getKey());
    }
  }

  @Test
  void theAuditFindsExactlyTheDiscrepanciesTheRecordsName() {
    assertEquals(Set.of("totaalPerCluster[Bergen]"), BergenReferentie.kinderopvang().bronafwijkingen());
    assertEquals(
        Set.of("totaal/Bergen"),
        TableAudit.audit(BergenTabellen.kinderopvang()).findings().stream().map(f -> f.row() + "/" + f.column()).collect(Collectors.toSet()));
    assertEquals(Set.of("procentVanJongeren", "naarGrondslag[VG].procentVanJongeren"), BergenReferentie.awbzBegeleiding().bronafwijkingen());
    assertEquals(1, TableAudit.audit(BergenTabellen.awbzTypeZorg()).findings().size());
    assertEquals(1, TableAudit.audit(BergenTabellen.awbzGrondslag()).findings().size());
    assertTrue(TableAudit.audit(BergenTabellen.leerlingen()).isConsistent());
  }
}
