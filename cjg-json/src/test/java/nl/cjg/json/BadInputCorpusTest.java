package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.validation.ValidationResult;

/**
 * Every document of the bad-input corpus ({@code src/test/resources/corpus/corpus.tsv}) is refused
 * with its expected problem code; the first problem with that code has the expected pointer where
 * one is given, and a line unless it is a business rule. Read as bytes, as a stream and
 * (when it is text) as a string, always with the same outcome.
 */
class BadInputCorpusTest {
  private static final CjgJsonReader READER = CjgJsonReader.create();
  private static final Map<String, Class<?>> TYPES =
      Map.of("kern", Kern.class, "leeftijdsgroep", Leeftijdsgroep.class, "voorbeeld", Voorbeeld.class, "validationresult", ValidationResult.class);

  static Stream<Arguments> corpus() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    try (InputStream in = BadInputCorpusTest.class.getResourceAsStream("/corpus/corpus.tsv");
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.startsWith("#") && !line.isBlank()) {
          String[] columns = line.split("\t", -1);
          cases.add(Arguments.of(columns[0], columns[1], columns[2], columns[3]));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} -> {2} at {3}")
  @MethodSource("corpus")
  void isRefusedWithItsCode(String file, String type, String code, String pointer) throws IOException {
    byte[] bytes;
    try (InputStream in = BadInputCorpusTest.class.getResourceAsStream("/corpus/" + file)) {
      bytes = in.readAllBytes();
    }
    Class<?> target = TYPES.get(type);
    ReadResult<?> fromBytes = READER.read(bytes, target);
    assertFalse(fromBytes.isValid(), file);
    Problem first =
        fromBytes.problems().stream()
            .filter(problem -> problem.code().equals(code))
            .findFirst()
            .orElseThrow(() -> new AssertionError(file + ": no " + code + " in " + fromBytes.problems()));
    if (!pointer.equals("-")) {
      assertEquals(pointer, first.pointer(), () -> file + ": " + fromBytes.problems());
    }
    assertTrue(first.line().isPresent() || code.matches("[A-Z]+-\\d+"), () -> file + " has no line: " + first);
    assertEquals(fromBytes.problems(), READER.read(new java.io.ByteArrayInputStream(bytes), target).problems(), file);
  }
}
