package nl.cjg.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.stats.CrossTable;
import nl.cjg.json.CjgJsonReader;
import org.junit.jupiter.api.Test;

/**
 * DuckDB, the peer, computes the table the library computes from the same file, on one thread and
 * on two; so does the library's projection ({@code CasusCounter}), which the DuckDB lines time.
 */
class PeerTableTest {
  @Test
  void duckDbCountsWhatTheLibraryCounts() throws IOException, SQLException {
    Path file = Fixtures.populatieLines(5000);
    try {
      long[] library;
      try (InputStream in = Files.newInputStream(file)) {
        library =
            KernLeeftijd.counts(
                CjgJsonReader.builder().validate(false).build()
                    .collectLines(in, Casus.class, Collectors.mapping(record -> record.value().orElseThrow(), KernLeeftijd.collector()), 2));
      }
      assertEquals(5000, LongStream.of(library).sum());
      for (int threads = 1; threads <= 2; threads++) {
        try (InputStream in = Files.newInputStream(file)) {
          CrossTable<Kern, Leeftijdsgroep> counted =
              KernLeeftijd.table(KernLeeftijd.counter(CjgJsonReader.builder().validate(false).build()).count(in, threads));
          assertArrayEquals(library, KernLeeftijd.counts(counted), "the projection on " + threads + " thread(s)");
        }
      }
      for (int threads = 1; threads <= 2; threads++) {
        try (DuckDbTable duckDb = new DuckDbTable(threads)) {
          assertArrayEquals(library, duckDb.count(file));
        }
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
