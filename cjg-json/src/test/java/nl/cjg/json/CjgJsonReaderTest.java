package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;

/** Positions, messages, options and limits of the reader. */
class CjgJsonReaderTest {
  private static final CjgJsonReader READER = CjgJsonReader.create();
  private static final String KERN = "{\"naam\":\"Bergen\",\"gemeente\":\"GM0373\"}";

  @Test
  void aProblemHasPointerLineAndColumn() {
    ReadResult<Voorbeeld> result = READER.read("{\n  \"naam\": \"x\",\n  \"aantal\": \"7\"\n}", Voorbeeld.class);
    Problem problem = result.problems().get(0);
    assertEquals("JSON-TYPE", problem.code());
    assertEquals("/aantal", problem.pointer());
    assertEquals(OptionalLong.of(3), problem.line());
    assertEquals(OptionalLong.of(13), problem.column());
    assertEquals("3:13 #/aantal JSON-TYPE verwacht: een geheel getal", problem.describe());
  }

  @Test
  void everyProblemOfADocumentIsReported() {
    ReadResult<Voorbeeld> result = READER.read("{\"naam\":1,\"aantal\":1.5,\"soort\":\"X\",\"extra\":true}", Voorbeeld.class);
    assertEquals(List.of("JSON-TYPE", "JSON-INTEGER", "JSON-CODE", "JSON-UNKNOWN-PROPERTY"), result.codes());
    assertTrue(result.value().isEmpty());
  }

  @Test
  void messagesAreDutchByDefaultAndEnglishOnRequest() {
    CjgJsonReader english = CjgJsonReader.builder().locale(Locale.ENGLISH).build();
    assertEquals("verplichte eigenschap gemeente ontbreekt", READER.read("{\"naam\":\"Bergen\"}", Kern.class).problems().get(0).message());
    assertEquals("required property gemeente is missing", english.read("{\"naam\":\"Bergen\"}", Kern.class).problems().get(0).message());
    assertEquals(
        "an age band's lower bound (van) must lie below its upper bound (tot)",
        english.read("{\"van\":5,\"tot\":1}", Leeftijdsgroep.class).problems().get(0).message());
    assertEquals("het BSN voldoet niet aan de elfproef", READER.read("{\"naam\":\"x\",\"aantal\":1,\"bsn\":\"123456789\"}", Voorbeeld.class).problems().get(0).message());
  }

  @Test
  void messagesNeverRepeatTheInput() {
    String secret = "Jansen-Pietersen";
    List<String> documents =
        List.of(
            "{\"naam\":\"" + secret + "\",\"gemeente\":\"" + secret + "\"}",
            "{\"" + secret + "\":1}",
            "{\"naam\":" + secret + "}",
            "{\"naam\":\"x\",\"aantal\":1,\"soort\":\"" + secret + "\"}",
            "{\"naam\":\"x\",\"aantal\":1,\"datum\":\"" + secret + "\"}",
            "{\"naam\":\"x\",\"aantal\":1,\"bsn\":\"" + secret + "\"}",
            "{\"naam\":\"x\",\"aantal\":1,\"postcode\":\"" + secret + "\"}",
            "[\"" + secret + "\"]");
    for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
      CjgJsonReader reader = CjgJsonReader.builder().locale(locale).build();
      for (String document : documents) {
        for (Class<?> type : List.of(Kern.class, Voorbeeld.class)) {
          for (Problem problem : reader.read(document, type).problems()) {
            assertFalse(problem.describe().contains("Jansen"), problem::describe);
          }
        }
      }
    }
  }

  @Test
  void unknownPropertiesMayBeIgnored() {
    CjgJsonReader lenient = CjgJsonReader.builder().ignoreUnknownProperties(true).build();
    String json = "{\"@class\":\"x\",\"naam\":\"Bergen\",\"gemeente\":\"GM0373\",\"extra\":{\"a\":[1,2]}}";
    assertEquals("Bergen", lenient.read(json, Kern.class).value().orElseThrow().naam());
    assertEquals(List.of("JSON-UNKNOWN-PROPERTY", "JSON-UNKNOWN-PROPERTY"), READER.read(json, Kern.class).codes());
  }

  @Test
  void nullForAnOptionalMayMeanAbsent() {
    CjgJsonReader lenient = CjgJsonReader.builder().nullAsAbsent(true).build();
    String json = "{\"naam\":\"Bergen\",\"gemeente\":\"GM0373\",\"cluster\":null}";
    assertTrue(lenient.read(json, Kern.class).value().orElseThrow().cluster().isEmpty());
    assertEquals(List.of("JSON-NULL"), lenient.read("{\"naam\":null,\"gemeente\":\"GM0373\"}", Kern.class).codes());
  }

  @Test
  void failingFastStopsAtTheFirstProblem() {
    CjgJsonReader fast = CjgJsonReader.builder().failFast(true).build();
    assertEquals(List.of("JSON-TYPE"), fast.read("{\"naam\":1,\"aantal\":1.5,\"soort\":\"X\"}", Voorbeeld.class).codes());
  }

  @Test
  void tooManyProblemsStopReading() {
    CjgJsonReader reader = CjgJsonReader.builder().limits(ReadLimits.builder().maxProblems(3).build()).build();
    ReadResult<Voorbeeld> result = reader.read("{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5}", Voorbeeld.class);
    assertEquals(List.of("JSON-UNKNOWN-PROPERTY", "JSON-UNKNOWN-PROPERTY", "JSON-UNKNOWN-PROPERTY", "JSON-LIMIT-PROBLEMS"), result.codes());
  }

  @Test
  void businessValidationCanBeLeftToTheCaller() {
    CjgJsonReader reader = CjgJsonReader.builder().validate(false).build();
    assertTrue(reader.read("{\"naam\":\"x\",\"aantal\":1,\"bsn\":\"123456789\"}", Voorbeeld.class).isValid());
  }

  @Test
  void businessRulesInNestedValuesHaveTheirPointer() {
    ReadResult<Voorbeeld> result = READER.read("{\"naam\":\"x\",\"aantal\":1,\"kind\":{\"naam\":\"y\",\"aantal\":2,\"bsn\":\"123456789\"}}", Voorbeeld.class);
    assertEquals(List.of("BSN-001"), result.codes());
    assertEquals("/kind/bsn", result.problems().get(0).pointer());
  }

  @Test
  void theDocumentLimitIsEnforced() {
    CjgJsonReader small = CjgJsonReader.builder().limits(ReadLimits.builder().maxDocumentLength(20).build()).build();
    assertEquals("JSON-LIMIT-DOCUMENT", small.read(KERN.getBytes(StandardCharsets.UTF_8), Kern.class).problems().get(0).code());
    assertEquals("JSON-LIMIT-DOCUMENT", small.read(KERN, Kern.class).problems().get(0).code());
  }

  @Test
  void limitsMustBePositive() {
    assertEquals(ReadLimits.POSITIVE_CODE, assertThrows(InvalidValueException.class, () -> ReadLimits.builder().maxProblems(0).build()).code());
  }

  @Test
  void aByteOrderMarkIsRefusedInText() {
    assertEquals(List.of("JSON-BOM"), READER.read("\uFEFF" + KERN, Kern.class).codes());
    assertEquals(List.of("JSON-BOM"), READER.read(new java.io.StringReader("\uFEFF" + KERN), Kern.class).codes());
  }

  @Test
  void anEncodingProblemIsPlacedAtItsByte() {
    byte[] bytes = "{\"naam\":\"Bergen\",\n\"gemeente\":\"GM\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
    for (ReadResult<Kern> result : List.of(READER.read(bytes, Kern.class), READER.read(new ByteArrayInputStream(bytes), Kern.class))) {
      Problem problem = result.problems().get(0);
      assertEquals("JSON-ENCODING", problem.code());
      assertEquals(OptionalLong.of(2), problem.line());
      assertEquals(OptionalLong.of(15), problem.column());
    }
  }

  @Test
  void aFailingStreamThrows() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }
        };
    assertThrows(UncheckedIOException.class, () -> READER.read(failing, Kern.class));
  }

  @Test
  void aTypeThatCannotBeMappedIsAProgrammingError() {
    assertThrows(IllegalArgumentException.class, () -> READER.read("{}", Object.class));
    assertThrows(IllegalArgumentException.class, () -> READER.read("{}", Thread.class));
  }

  @Test
  void integersAreReadAtTheirLimits() {
    assertEquals(Integer.MAX_VALUE, READER.read("{\"naam\":\"x\",\"aantal\":2147483647}", Voorbeeld.class).value().orElseThrow().aantal());
    assertEquals(Long.MIN_VALUE, READER.read("{\"naam\":\"x\",\"aantal\":0,\"groot\":-9223372036854775808}", Voorbeeld.class).value().orElseThrow().groot());
  }
}
