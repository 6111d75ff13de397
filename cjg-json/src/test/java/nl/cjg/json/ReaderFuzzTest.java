package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.werkplan.Werkplan;

/**
 * Fuzz tests of the readers: whatever the bytes, reading ends in a value or a list of problems —
 * never an exception, never both, never neither — and a value that was read writes out as a
 * document that reads back equal. In {@code mvn verify} (without
 * {@code JAZZER_FUZZ=1}) they replay the inputs in {@code ReaderFuzzTestInputs/<method>/}.
 */
class ReaderFuzzTest {
  private static final CjgJsonReader READER =
      CjgJsonReader.builder().limits(ReadLimits.builder().maxProblems(20).build()).build();
  private static final CjgJsonWriter WRITER = CjgJsonWriter.create();

  private static void assertOutcome(ReadResult<?> result) {
    assertTrue(result.isValid() == result.problems().isEmpty(), result::toString);
    assertEquals(result.isValid(), result.value().isPresent());
    for (Problem problem : result.problems()) {
      assertFalse(problem.code().isEmpty());
      assertFalse(problem.message().isEmpty());
    }
  }

  private static <T> void assertReadsBackEqual(ReadResult<T> result, Class<T> type) {
    assertOutcome(result);
    result.value().ifPresent(value -> {
      String written = WRITER.write(value);
      ReadResult<T> again = READER.read(written, type);
      assertTrue(again.isValid(), () -> again.problems().toString());
      assertEquals(value, again.value().orElseThrow());
    });
  }

  @FuzzTest
  void read(byte[] input) {
    assertReadsBackEqual(READER.read(input, Voorbeeld.class), Voorbeeld.class);
    assertReadsBackEqual(READER.read(input, Kern.class), Kern.class);
    assertReadsBackEqual(READER.read(input, Werkplan.class), Werkplan.class);
    assertOutcome(READER.read(new ByteArrayInputStream(input), Voorbeeld.class));
    try (Records<Voorbeeld> records = READER.readArray(new ByteArrayInputStream(input), Voorbeeld.class)) {
      records.forEachRemaining(record -> assertOutcome(record.result()));
    }
  }

  @FuzzTest
  void readDataset(byte[] input) {
    RecordTypes types = RecordTypes.standard().with("voorbeeld", Voorbeeld.class).with("kern", Kern.class);
    try (DatasetRecords records = READER.readDataset(new ByteArrayInputStream(input), types)) {
      assertOutcome(records.header());
      records.forEachRemaining(record -> assertOutcome(record.result()));
    }
    try (Records<Voorbeeld> lines = READER.readLines(new ByteArrayInputStream(input), Voorbeeld.class)) {
      lines.forEachRemaining(record -> assertReadsBackEqual(record.result(), Voorbeeld.class));
    }
  }
}
