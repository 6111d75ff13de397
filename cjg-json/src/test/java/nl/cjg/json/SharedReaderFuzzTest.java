package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.core.validation.Violation;
import nl.cjg.core.werkplan.Werkplan;

/**
 * Fuzz test of a shared reader: one reader (and one lenient reader with small limits) is fed many
 * documents in a row, through all four input kinds, and each result must equal that of a fresh
 * reader with the same settings — so that no input can change what later reads return. In
 * {@code mvn verify} it replays the inputs in {@code SharedReaderFuzzTestInputs/readInTurn/}.
 *
 * <p>An input is a sequence of documents, each a control byte followed by the document's bytes up
 * to the next {@code 0xFF} (a byte that never occurs in UTF-8). The control byte chooses the input
 * kind (bits 0–1: bytes, stream, text, character stream), the type (bits 2–3: {@link Voorbeeld},
 * {@link Kern}, {@link Werkplan}) and the reader (bit 4: lenient).
 */
class SharedReaderFuzzTest {
  private static final int MOST_DOCUMENTS = 8;
  private static final byte SEPARATOR = (byte) 0xFF;
  private static final List<Class<?>> TYPES = List.of(Voorbeeld.class, Kern.class, Werkplan.class, Voorbeeld.class);
  private static final ReadLimits STRICT_LIMITS = ReadLimits.builder().maxProblems(20).build();
  private static final ReadLimits LENIENT_LIMITS =
      ReadLimits.builder().maxProblems(10).maxNestingDepth(8).maxStringLength(40).maxNameLength(12).maxNumberLength(16).build();
  private static final CjgJsonReader STRICT = CjgJsonReader.builder().limits(STRICT_LIMITS).build();
  private static final CjgJsonReader LENIENT =
      CjgJsonReader.builder().limits(LENIENT_LIMITS).ignoreUnknownProperties(true).nullAsAbsent(true).build();
  private static final CjgValidator RULES = CjgValidator.create();

  @FuzzTest
  void readInTurn(byte[] input) {
    int start = 0;
    for (int documents = 0; documents < MOST_DOCUMENTS && start < input.length; documents++) {
      int control = input[start] & 0xFF;
      int end = start + 1;
      while (end < input.length && input[end] != SEPARATOR) {
        end++;
      }
      byte[] document = Arrays.copyOfRange(input, start + 1, end);
      check(control, document);
      start = end + 1;
    }
  }

  private static void check(int control, byte[] document) {
    boolean lenient = (control & 0x10) != 0;
    Class<?> type = TYPES.get((control >> 2) & 3);
    int kind = control & 3;
    CjgJsonReader shared = lenient ? LENIENT : STRICT;
    CjgJsonReader.Builder fresh = CjgJsonReader.builder().validate(false);
    CjgJsonReader unshared =
        (lenient ? fresh.limits(LENIENT_LIMITS).ignoreUnknownProperties(true).nullAsAbsent(true) : fresh.limits(STRICT_LIMITS)).build();
    ReadResult<?> expected = read(unshared, kind, type, document);
    ReadResult<?> actual = read(shared, kind, type, document);
    if (!expected.isValid()) {
      assertEquals(expected.problems(), actual.problems());
      return;
    }
    Object value = expected.value().orElseThrow();
    List<Violation> violations = RULES.validate(value).violations();
    if (violations.isEmpty()) {
      assertEquals(value, actual.value().orElseThrow(() -> new AssertionError(actual.problems().toString())));
    } else {
      assertEquals(
          violations.stream().map(v -> v.ruleId() + " " + BusinessRules.pointer(v.path())).collect(Collectors.toList()),
          actual.problems().stream().map(p -> p.code() + " " + p.pointer()).collect(Collectors.toList()));
    }
  }

  private static ReadResult<?> read(CjgJsonReader reader, int kind, Class<?> type, byte[] document) {
    switch (kind) {
      case 0:
        return reader.read(document, type);
      case 1:
        return reader.read(new ByteArrayInputStream(document), type);
      case 2:
        return reader.read(new String(document, StandardCharsets.UTF_8), type);
      default:
        return reader.read(new StringReader(new String(document, StandardCharsets.UTF_8)), type);
    }
  }
}
