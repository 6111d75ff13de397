package nl.cjg.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.routing.Advies;
import nl.cjg.core.routing.Router;
import nl.cjg.core.routing.RoutingRules;
import nl.cjg.core.routing.Situatie;
import nl.cjg.core.stats.CrossTable;
import nl.cjg.json.CjgJsonReader;
import nl.cjg.json.CjgJsonWriter;
import org.junit.jupiter.api.Test;

/** The baselines compute what the library computes; timing is not tested here. */
class BaselinesTest {
  private final CjgJsonWriter writer = CjgJsonWriter.create();

  private static List<Casus> casussen() {
    return Stream.concat(
            Stream.of(Fixtures.volledigeCasus()),
            Stream.concat(IntStream.range(0, 100).mapToObj(Fixtures::populatieCasus), Fixtures.sampleCasussen(300).stream()))
        .toList();
  }

  @Test
  void handParserFillsTheFieldsTheLibraryWrites() throws IOException {
    HandParser parser = new HandParser();
    for (Casus casus : casussen()) {
      byte[] json = writer.write(casus).getBytes(StandardCharsets.UTF_8);
      assertEquals(CasusShape.of(casus), parser.read(json));
    }
  }

  @Test
  void theFullCaseFillsEveryFieldItCan() throws IOException {
    CasusShape shape = new HandParser().read(writer.write(Fixtures.volledigeCasus()).getBytes(StandardCharsets.UTF_8));
    assertEquals(4, shape.schets().size());
    assertEquals("999990019", shape.kind().persoonsgegevens().bsn());
    assertEquals(3, shape.statusgeschiedenis().size());
  }

  @Test
  void handWriterWritesTheLibrarysBytes() throws IOException {
    HandWriter handWriter = new HandWriter();
    for (Casus casus : casussen()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      handWriter.write(CasusShape.of(casus), out);
      assertEquals(writer.write(casus), out.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void comparisonsPrintTheirLine() {
    assertEquals("json-read 1.31 1.5 ok", new Comparison("json-read", 1.31, 1.5).line());
    assertEquals("stream-stats 1.80 1.667 miss", new Comparison("stream-stats", 1.8, 1 / 0.6).line());
    assertEquals("generate-vs-instancio 0.0031 0.2 ok", new Comparison("generate-vs-instancio", 0.0031, 0.2).line());
  }

  @Test
  void handRouterDecidesAsTheRouter() {
    RoutingRules regels = RoutingRules.bergen2012();
    Netwerk leeg = Netwerk.builder().build();
    for (Situatie situatie : Situaties.of(5000, 7)) {
      Advies advies = Router.route(situatie, leeg, regels);
      HandRouter.Besluit besluit = HandRouter.route(situatie);
      assertEquals(advies.niveau(), besluit.niveau(), situatie::toString);
      assertEquals(advies.toegepasteRegels(), besluit.toegepast(), situatie::toString);
      assertEquals(advies.vervolgstappen(), List.copyOf(besluit.vervolgstappen()), situatie::toString);
      assertEquals(advies.disciplinesZonderPartner(), besluit.disciplines(), situatie::toString);
      assertEquals(advies.expertisesZonderPartner(), besluit.expertises(), situatie::toString);
    }
  }

  @Test
  void handCountsAreTheLibrarysTable() {
    List<Casus> casussen = IntStream.range(0, 5000).mapToObj(Fixtures::populatieCasus).toList();
    CrossTable<Kern, Leeftijdsgroep> table = casussen.stream().collect(KernLeeftijd.collector());
    int[] expected = new int[KernLeeftijd.KERNEN.size() * 4];
    for (int k = 0; k < KernLeeftijd.KERNEN.size(); k++) {
      for (int b = 0; b < 4; b++) {
        expected[k * 4 + b] = (int) table.count(KernLeeftijd.KERNEN.get(k), KernLeeftijd.BANDEN.get(b));
      }
    }
    assertArrayEquals(expected, KernLeeftijd.tel(casussen));
    assertEquals(5000, table.total());
  }

  @Test
  void theProjectionCountsTheBaselinesTableAndTheTokenPassReadsEveryToken() throws IOException {
    Path file = Fixtures.populatieLines(3000);
    try {
      List<Casus> casussen = IntStream.range(0, 3000).mapToObj(Fixtures::populatieCasus).toList();
      int[] expected = KernLeeftijd.tel(casussen);
      CjgJsonReader reader = CjgJsonReader.builder().validate(false).build();
      for (int threads = 1; threads <= 2; threads++) {
        try (InputStream in = Files.newInputStream(file)) {
          long[] counted = KernLeeftijd.counts(KernLeeftijd.table(KernLeeftijd.counter(reader).count(in, threads)));
          assertArrayEquals(IntStream.of(expected).asLongStream().toArray(), counted, "on " + threads + " thread(s)");
        }
      }
      JsonFactory factory = new JsonFactory();
      long expectedTokens = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        try (JsonParser parser = factory.createParser(line)) {
          while (parser.nextToken() != null) {
            expectedTokens++;
          }
        }
      }
      assertEquals(expectedTokens, StreamingStatsBenchmark.tokenize(factory, file));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void theIntegrityDatasetIsConnectedAndBothSidesReadEveryRecord() throws IOException {
    Path file = Files.createTempFile("cjg-bench-integrity-test-", ".jsonl");
    try {
      IntegrityBenchmark.write(file, 100);
      long partners = nl.cjg.core.referentie.BergenReferentie.netwerk().partners().size();
      long records = partners + 34 + 100;
      assertEquals(records, IntegrityBenchmark.read(CjgJsonReader.builder().datasetRules(false).build(), file));
      assertEquals(records, IntegrityBenchmark.read(CjgJsonReader.create(), file), "no dataset problem");
      Files.writeString(file, Files.readString(file).lines().limit(partners + 1 + 34 + 99).reduce("", (a, b) -> a + b + "\n"));
      assertEquals(records - 1 + 1, IntegrityBenchmark.read(CjgJsonReader.create(), file), "one case missing: one problem");
      assertEquals(records - 1 + 1, IntegrityBenchmark.read(CjgJsonReader.builder().threads(2).build(), file), "the same on two threads");
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
