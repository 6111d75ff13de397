package nl.cjg.examples.referentie;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.cjg.core.stats.table.TableCsv;
import org.junit.jupiter.api.Test;

/**
 * The bundled seed tables are the statistics tests' seed tables, byte for byte, and all of them;
 * the tables of kinderopvang, leerlingen and AWBZ are checked against the reference records of
 * cjg-core instead (its {@code BergenTabellenTest}).
 */
class SeedTableTest {
  private static final List<String> RECORD_TABLES =
      List.of("kinderopvang.csv", "leerlingen.csv", "awbz-type-zorg.csv", "awbz-grondslag.csv");
  private static final Path CORE_TABLES = Path.of("..", "cjg-core", "src", "test", "resources", "nl", "cjg", "core", "stats");

  @Test
  void everySeedTableOfTheStatisticsTestsIsBundledUnchanged() throws IOException {
    List<String> names;
    try (Stream<Path> files = Files.list(CORE_TABLES)) {
      names = files.map(file -> file.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
    }
    assertEquals(10, names.size());
    assertTrue(names.stream().noneMatch(RECORD_TABLES::contains), "a table held as records has no second copy in the tests");
    for (String name : names) {
      SeedTable table = SeedTable.all().stream().filter(t -> t.bestand().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
      assertArrayEquals(Files.readAllBytes(CORE_TABLES.resolve(name)), table.csv(), name);
    }
  }

  @Test
  void everyBundledTableIsAnAuditableTable() {
    assertEquals(18, SeedTable.all().size());
    assertTrue(RECORD_TABLES.stream().allMatch(name -> SeedTable.all().stream().anyMatch(t -> t.bestand().equals(name))));
    assertEquals(SeedTable.all().size(), SeedTable.all().stream().map(SeedTable::bestand).distinct().count());
    SeedTable.all().forEach(table -> TableCsv.read(table.csv()));
  }

  @Test
  void theAuditFindsTheSeedsMistakes() {
    long inconsistent = SeedTable.all().stream().filter(table -> !table.audit().isConsistent()).count();
    assertEquals(8, inconsistent, "the tables only the examples ship add up");
    SeedTable kinderopvang = SeedTable.all().stream().filter(t -> t.bestand().equals("kinderopvang.csv")).findFirst().orElseThrow();
    assertEquals(
        "{\"consistent\": false, \"findings\": [{\"row\": \"totaal\", \"column\": \"Bergen\", \"kind\": \"cell\","
            + " \"stated\": 418, \"expected\": 412}]}",
        kinderopvang.audit().toJson());
    assertTrue(SeedTable.all().stream().allMatch(t -> t.resource().startsWith("/nl/cjg/examples/tabellen/")));
    assertFalse(SeedTable.all().isEmpty());
  }
}
