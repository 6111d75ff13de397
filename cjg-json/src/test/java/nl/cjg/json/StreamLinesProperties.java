package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Kern;

/**
 * JSON Lines are read by one parser over the whole stream, and in parallel by chunks: each line
 * must still read exactly as it reads alone, and the parallel records must be the sequential ones.
 */
class StreamLinesProperties {
  private static final Supplier<CjgJsonReader.Builder> STRICT_SETTINGS =
      () -> CjgJsonReader.builder().limits(ReadLimits.builder().maxProblems(4).build());
  private static final Supplier<CjgJsonReader.Builder> SMALL_SETTINGS =
      () ->
          CjgJsonReader.builder()
              .limits(ReadLimits.builder().maxStringLength(12).maxNameLength(8).maxNestingDepth(2).maxRecordLength(90).maxDocumentLength(70).build())
              .ignoreUnknownProperties(true)
              .nullAsAbsent(true);
  private static final Supplier<CjgJsonReader.Builder> FAIL_FAST_SETTINGS = () -> CjgJsonReader.builder().failFast(true);
  private static final Supplier<CjgJsonReader.Builder> FEW_RECORDS_SETTINGS =
      () -> CjgJsonReader.builder().limits(ReadLimits.builder().maxRecords(7).build());
  private static final CjgJsonReader STRICT = STRICT_SETTINGS.get().build();
  private static final CjgJsonReader SMALL = SMALL_SETTINGS.get().build();
  private static final CjgJsonReader FAIL_FAST = FAIL_FAST_SETTINGS.get().build();
  private static final CjgJsonReader FEW_RECORDS = FEW_RECORDS_SETTINGS.get().build();
  /** The settings of each reader, to build the same reader reading ahead on threads. */
  private static final Map<CjgJsonReader, Supplier<CjgJsonReader.Builder>> SETTINGS =
      Map.of(STRICT, STRICT_SETTINGS, SMALL, SMALL_SETTINGS, FAIL_FAST, FAIL_FAST_SETTINGS, FEW_RECORDS, FEW_RECORDS_SETTINGS);
  private static final List<String> KERNEN =
      BergenKernen.all().stream().map(kern -> CjgJsonWriter.create().write(kern)).collect(Collectors.toList());

  @Provide
  Arbitrary<List<String>> lines() {
    Arbitrary<String> good = Arbitraries.of(KERNEN);
    Arbitrary<String> broken =
        good.flatMap(
            line ->
                Arbitraries.integers()
                    .between(0, line.length())
                    .flatMap(
                        cut ->
                            Arbitraries.of(
                                line.substring(0, cut),
                                line.substring(0, cut) + "\"" + line.substring(cut),
                                line.substring(0, cut) + "\u00e9\u20ac" + line.substring(cut),
                                line + " x",
                                line + " \t ",
                                "  " + line,
                                line + line,
                                line.replace("naam", "naamloos"),
                                line.replace("\"naam\"", "\"naam\":null,\"naam\""),
                                line.replace("GM0373", "GM037"),
                                line.replace("\"cluster\":\"", "\"cluster\":[\""),
                                "",
                                "null",
                                "{}",
                                "[[[[1]]]]",
                                "\"Bergen\"")));
    Arbitrary<String> noise = Arbitraries.strings().withChars("{}[]\":, \tn1\\\ru\u00ff").ofMaxLength(30);
    return Arbitraries.frequencyOf(Tuple.of(6, good), Tuple.of(4, broken), Tuple.of(1, noise)).list().ofMaxSize(25);
  }

  @Provide
  Arbitrary<CjgJsonReader> readers() {
    return Arbitraries.of(STRICT, SMALL, FAIL_FAST, FEW_RECORDS);
  }

  @Provide
  Arbitrary<CjgJsonReader> lineReaders() {
    return Arbitraries.of(STRICT, SMALL, FAIL_FAST);
  }

  @Property(tries = 300)
  void everyLineReadsAsIfItWereAlone(@ForAll("lines") List<String> lines, @ForAll("lineReaders") CjgJsonReader reader) {
    List<String> together = read(reader, bytes(lines));
    List<String> alone = new ArrayList<>();
    for (int i = 0; i < lines.size() && alone.size() < together.size(); i++) {
      alone.add(shift(read(reader, bytes(List.of(lines.get(i)))).get(0), i));
    }
    assertEquals(alone, together);
  }

  @Property(tries = 300)
  void inParallelTheRecordsAreTheSequentialOnes(
      @ForAll("lines") List<String> lines, @ForAll("readers") CjgJsonReader reader, @ForAll @IntRange(min = 1, max = 5) int chunkLines) {
    byte[] input = bytes(lines);
    List<String> parallel =
        reader.collectLines(
            new ByteArrayInputStream(input), Kern.class, Collectors.mapping(StreamLinesProperties::describe, Collectors.toList()), 2, chunkLines);
    assertEquals(read(reader, input), parallel);
  }

  @Property(tries = 300)
  void chunkEdgesAtEveryLineAndEveryLineEndReadAsSequentially(
      @ForAll("lines") List<String> lines,
      @ForAll("readers") CjgJsonReader reader,
      @ForAll @IntRange(min = 1, max = 4) int chunkLines,
      @ForAll boolean crlf,
      @ForAll boolean finalLineEnd) {
    byte[] input = bytes(lines, crlf ? "\r\n" : "\n", finalLineEnd);
    List<String> sequential = read(reader, input);
    List<String> collected =
        reader.collectLines(
            new ByteArrayInputStream(input), Kern.class, Collectors.mapping(StreamLinesProperties::describe, Collectors.toList()), 3, chunkLines);
    assertEquals(sequential, collected);
    assertEquals(sequential, read(ahead(reader, chunkLines), input));
  }

  @Property(tries = 300)
  void anInputThatFailsWhileReadingGivesTheSequentialRecordsFirstAndThenItsFailure(
      @ForAll("lines") List<String> lines,
      @ForAll("readers") CjgJsonReader reader,
      @ForAll @IntRange(min = 1, max = 4) int chunkLines,
      @ForAll @IntRange(min = 0, max = 400) int failAfter) {
    byte[] input = bytes(lines);
    assertEquals(readUntilFailure(reader, input, failAfter), readUntilFailure(ahead(reader, chunkLines), input, failAfter));
  }

  @Example
  void readingAheadOnTwoThreadsGivesTheLinesInOrderWithTheirNumbers() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      lines.add(i % 499 == 0 ? "{\"naam\":" : KERNEN.get(i % KERNEN.size()));
    }
    byte[] input = bytes(lines);
    List<String> ahead = read(CjgJsonReader.builder().threads(2).build(), input);
    assertEquals(read(STRICT, input), ahead);
    assertEquals(5_000, ahead.size());
    assertTrue(ahead.get(998).startsWith("998|999|-|JSON-"), ahead.get(998));
  }

  @Example
  void aFailingCollectorFailsAtItsFirstLineInInputOrder() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 6_000; i++) {
      lines.add(KERNEN.get(i % KERNEN.size()));
    }
    Collector<RecordResult<Kern>, ?, Long> failing =
        Collectors.summingLong(
            record -> {
              if (record.line() == 700 || record.line() == 5_000) {
                throw new IllegalStateException("collector failed at line " + record.line());
              }
              return 1;
            });
    IllegalStateException failure =
        assertThrows(IllegalStateException.class, () -> STRICT.collectLines(new ByteArrayInputStream(bytes(lines)), Kern.class, failing, 2, 64));
    assertEquals("collector failed at line 700", failure.getMessage());
  }

  @Example
  void recordsReadAheadAndClosedEarlyCloseTheStream() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      lines.add(KERNEN.get(i % KERNEN.size()));
    }
    boolean[] closed = new boolean[1];
    ByteArrayInputStream input =
        new ByteArrayInputStream(bytes(lines)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    try (Records<Kern> records = CjgJsonReader.builder().threads(2).chunkLines(16).build().readLines(input, Kern.class)) {
      for (int i = 0; i < 100; i++) {
        assertEquals(i + 1, records.next().line());
      }
    }
    assertTrue(closed[0]);
  }

  @Example
  void noReadingThreadsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> CjgJsonReader.builder().threads(0));
  }

  @Example
  void manyChunksOnTwoThreadsCountWhatOneThreadCounts() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      lines.add(i % 997 == 0 ? "{\"naam\":" : KERNEN.get(i % KERNEN.size()));
    }
    byte[] input = bytes(lines);
    Collector<RecordResult<Kern>, ?, TreeMap<String, Long>> byKern =
        Collectors.groupingBy(record -> record.value().map(Kern::naam).orElse("problem on line " + record.line()), TreeMap::new, Collectors.counting());
    var sequential = STRICT.collectLines(new ByteArrayInputStream(input), Kern.class, byKern, 1);
    var parallel = STRICT.collectLines(new ByteArrayInputStream(input), Kern.class, byKern, 2);
    assertEquals(sequential, parallel);
    assertEquals(KERNEN.size() + 11, parallel.size());
    assertTrue(parallel.containsKey("problem on line 998"));
  }

  @Example
  void noThreadsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> STRICT.collectLines(new ByteArrayInputStream(new byte[0]), Kern.class, Collectors.counting(), 0));
  }

  private static List<String> read(CjgJsonReader reader, byte[] input) {
    List<String> records = new ArrayList<>();
    try (Records<Kern> lines = reader.readLines(new ByteArrayInputStream(input), Kern.class)) {
      lines.forEachRemaining(record -> records.add(describe(record)));
    }
    return records;
  }

  /** The records read from an input whose reading fails after {@code failAfter} bytes, then the failure. */
  private static List<String> readUntilFailure(CjgJsonReader reader, byte[] input, int failAfter) {
    List<String> records = new ArrayList<>();
    InputStream failing =
        new FilterInputStream(new ByteArrayInputStream(input)) {
          private int given;

          @Override
          public int read(byte[] target, int offset, int length) throws IOException {
            if (given >= failAfter) {
              throw new IOException("the disk failed after " + given + " bytes");
            }
            int n = super.read(target, offset, Math.min(length, failAfter - given));
            given += Math.max(n, 0);
            return n;
          }
        };
    try (Records<Kern> lines = reader.readLines(failing, Kern.class)) {
      lines.forEachRemaining(record -> records.add(describe(record)));
    } catch (UncheckedIOException e) {
      records.add("failure: " + e.getCause().getMessage());
    }
    return records;
  }

  /** The reader's settings, reading ahead on two threads in chunks of {@code chunkLines} lines. */
  private static CjgJsonReader ahead(CjgJsonReader reader, int chunkLines) {
    return SETTINGS.get(reader).get().threads(2).chunkLines(chunkLines).build();
  }

  private static byte[] bytes(List<String> lines) {
    return bytes(lines, "\n", true);
  }

  private static byte[] bytes(List<String> lines, String lineEnd, boolean finalLineEnd) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < lines.size(); i++) {
      out.writeBytes(lines.get(i).getBytes(StandardCharsets.UTF_8));
      if (finalLineEnd || i < lines.size() - 1) {
        out.writeBytes(lineEnd.getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  /** A record as text: index, line, value, and each problem with its line and column. */
  private static String describe(RecordResult<Kern> record) {
    return record.index() + "|" + record.line() + "|" + record.value().map(Kern::naam).orElse("-") + "|"
        + record.problems().stream()
            .map(p -> p.code() + "@" + p.pointer() + "@" + p.line().orElse(-1) + "@" + p.column().orElse(-1) + " " + p.message())
            .collect(Collectors.joining("; "));
  }

  /** A record read alone (index 0, line 1) as the record of index {@code index}, on line {@code index + 1}. */
  private static String shift(String alone, int index) {
    String[] parts = alone.split("\\|", 4);
    String problems =
        Pattern.compile("@(-?\\d+)@(-?\\d+) ")
            .matcher(parts[3])
            .replaceAll(m -> "@" + (Long.parseLong(m.group(1)) < 0 ? -1 : Long.parseLong(m.group(1)) + index) + "@" + m.group(2) + " ");
    return index + "|" + (index + 1) + "|" + parts[2] + "|" + problems;
  }
}
