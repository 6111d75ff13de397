package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import nl.cjg.core.sample.SampleDataset;
import nl.cjg.core.sample.SampleOptions;

/**
 * A dataset read ahead on several threads is the dataset read on one: the header, every record
 * (index, line, type, value, problems with their lines) and the dataset rules' problems, in the
 * same order — also when lines are missing, repeated, moved, broken or blank, wherever the chunks
 * of lines begin and end, with either line end and with or without a final one.
 */
class DatasetParallelProperties {
  /** The lines of a generated dataset, the header first: the meetings, plans and offerings refer to its cases and partners. */
  private static final List<String> LINES = generated();
  private static final Map<String, CjgJsonReader> READERS = new ConcurrentHashMap<>();

  @Provide
  Arbitrary<List<String>> datasets() {
    Arbitrary<Integer> position = Arbitraries.integers().between(1, LINES.size() - 1);
    Arbitrary<Edit> edit =
        Arbitraries.oneOf(
            position.map(at -> lines -> lines.remove(Math.min(at, lines.size() - 1))),
            position.map(at -> lines -> lines.add(lines.get(Math.min(at, lines.size() - 1)))),
            position.list().ofSize(2).map(at -> lines -> {
              String moved = lines.remove(Math.min(at.get(1), lines.size() - 1));
              lines.add(Math.min(at.get(0), lines.size()), moved);
            }),
            position.map(at -> lines -> lines.set(Math.min(at, lines.size() - 1), broken(lines.get(Math.min(at, lines.size() - 1))))),
            position.map(at -> lines -> lines.add(Math.min(at, lines.size()), "  ")),
            position.map(at -> lines -> lines.set(Math.min(at, lines.size() - 1), lines.get(Math.min(at, lines.size() - 1)).replace("\"CJG-", "\"XJG-"))));
    return edit.list().ofMaxSize(6).map(edits -> {
      List<String> lines = new ArrayList<>(LINES);
      edits.forEach(change -> change.apply(lines));
      return lines;
    });
  }

  @Property(tries = 120)
  void readAheadOnThreadsTheDatasetIsTheSequentialOne(
      @ForAll("datasets") List<String> lines,
      @ForAll @IntRange(min = 1, max = 6) int chunkLines,
      @ForAll @IntRange(min = 2, max = 3) int threads,
      @ForAll boolean crlf,
      @ForAll boolean finalLineEnd,
      @ForAll boolean failFast) {
    byte[] input = bytes(lines, crlf ? "\r\n" : "\n", finalLineEnd);
    Read sequential = read(reader(failFast, 1, LineChunks.CHUNK_LINES), input);
    Read ahead = read(reader(failFast, threads, chunkLines), input);
    assertEquals(sequential.header, ahead.header);
    assertEquals(sequential.records, ahead.records);
    assertEquals(sequential.values, ahead.values);
    assertEquals(sequential.datasetProblems, ahead.datasetProblems);
  }

  @Example
  void theGeneratedDatasetBreaksDatasetRulesWhenEdited() {
    List<String> lines = new ArrayList<>(LINES);
    lines.add(lines.stream().filter(line -> line.startsWith("{\"type\":\"casus\"")).findFirst().orElseThrow());
    Read ahead = read(reader(false, 2, 3), bytes(lines, "\n", true));
    assertEquals(lines.size() - 1, ahead.records.size());
    assertFalse(ahead.datasetProblems.isEmpty(), "a case repeated at the end is reported by DATASET-003");
    assertEquals(read(reader(false, 1, LineChunks.CHUNK_LINES), bytes(lines, "\n", true)).datasetProblems, ahead.datasetProblems);
  }

  /** A reader of these settings, built once (building one is costly). */
  private static CjgJsonReader reader(boolean failFast, int threads, int chunkLines) {
    return READERS.computeIfAbsent(
        failFast + " " + threads + " " + chunkLines,
        key -> CjgJsonReader.builder().failFast(failFast).threads(threads).chunkLines(chunkLines).build());
  }

  /** One change to the lines of a dataset. */
  private interface Edit {
    void apply(List<String> lines);
  }

  /** What a read gives, as text (and the values, compared by equality). */
  private static final class Read {
    String header;
    final List<String> records = new ArrayList<>();
    final List<Object> values = new ArrayList<>();
    List<String> datasetProblems;
  }

  private static Read read(CjgJsonReader reader, byte[] input) {
    Read read = new Read();
    try (DatasetRecords dataset = reader.readDataset(new ByteArrayInputStream(input))) {
      read.header = dataset.header().isValid() + " " + describe(dataset.header().problems());
      dataset.forEachRemaining(
          record -> {
            read.records.add(record.index() + "|" + record.line() + "|" + record.type().orElse("-") + "|" + describe(record.problems()));
            read.values.add(record.value().orElse(null));
          });
      read.datasetProblems = List.of(describe(dataset.datasetProblems()));
    }
    return read;
  }

  private static String describe(List<Problem> problems) {
    return problems.stream()
        .map(p -> p.code() + "@" + p.pointer() + "@" + p.line().orElse(-1) + "@" + p.column().orElse(-1) + " " + p.message())
        .collect(Collectors.joining("; "));
  }

  private static List<String> generated() {
    SampleDataset dataset = SampleDataset.of(SampleOptions.builder().seed(2012).aantalCasussen(30).build());
    DatasetHeader header = DatasetHeader.builder().from(DatasetHeader.of(dataset.gemeente(), dataset.peildatum())).seed(dataset.seed()).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer = CjgJsonWriter.create().writeDataset(out, header)) {
      dataset.records().forEach(record -> writer.write(record.value()));
    }
    return List.of(out.toString(StandardCharsets.UTF_8).split("\n"));
  }

  /** A line cut in half: broken JSON. */
  private static String broken(String line) {
    return line.substring(0, line.length() / 2);
  }

  private static byte[] bytes(List<String> lines, String lineEnd, boolean finalLineEnd) {
    return (String.join(lineEnd, lines) + (finalLineEnd ? lineEnd : "")).getBytes(StandardCharsets.UTF_8);
  }
}
