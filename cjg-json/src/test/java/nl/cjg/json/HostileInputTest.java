package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import nl.cjg.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * Defect classes found by probing the reader with hostile input: a document that harms later reads
 * of a shared reader, limits that mean different things for different input kinds, a lenient
 * reader that skips what it would refuse to read, and nesting deep enough to overflow the stack.
 */
class HostileInputTest {
  /** The four ways to give a reader one document. */
  private static final List<BiFunction<CjgJsonReader, String, ReadResult<Voorbeeld>>> KINDS =
      List.of(
          (reader, json) -> reader.read(json.getBytes(StandardCharsets.UTF_8), Voorbeeld.class),
          (reader, json) -> reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Voorbeeld.class),
          (reader, json) -> reader.read(json, Voorbeeld.class),
          (reader, json) -> reader.read(new StringReader(json), Voorbeeld.class));

  private static CjgJsonReader reader(ReadLimits limits) {
    return CjgJsonReader.builder().limits(limits).build();
  }

  private static List<List<String>> codesPerKind(CjgJsonReader reader, String json) {
    List<List<String>> codes = new ArrayList<>();
    for (BiFunction<CjgJsonReader, String, ReadResult<Voorbeeld>> kind : KINDS) {
      codes.add(kind.apply(reader, json).codes());
    }
    return codes;
  }

  private static void assertEveryKind(List<String> expected, CjgJsonReader reader, String json) {
    assertEquals(List.of(expected, expected, expected, expected), codesPerKind(reader, json), json);
  }

  /**
   * Names whose hash is the same in Jackson's name table for text input (the hash multiplies by
   * 33: "AB" and "B!" hash alike), so that, if names were canonicalized, they would all land in
   * one chain of the table the reader's parsers share.
   */
  private static String collidingNames(int bits) {
    StringBuilder json = new StringBuilder("{\"naam\":\"a\",\"aantal\":1");
    for (int i = 0; i < 1 << bits; i++) {
      json.append(",\"");
      for (int bit = 0; bit < bits; bit++) {
        json.append((i >> bit & 1) == 0 ? "AB" : "B!");
      }
      json.append("\":0");
    }
    return json.append('}').toString();
  }

  @Test
  void collidingNamesDoNotHarmLaterReadsOfTheSameReader() {
    CjgJsonReader lenient = CjgJsonReader.builder().ignoreUnknownProperties(true).build();
    String hostile = collidingNames(10);
    for (BiFunction<CjgJsonReader, String, ReadResult<Voorbeeld>> kind : KINDS) {
      for (int round = 0; round < 3; round++) {
        assertEquals(List.of(), kind.apply(lenient, hostile).codes());
        ReadResult<Voorbeeld> ordinary = kind.apply(lenient, "{\"naam\":\"b\",\"aantal\":2,\"labels\":[\"x\"]}");
        assertTrue(ordinary.isValid(), ordinary::toString);
        assertEquals(2, ordinary.value().orElseThrow().aantal());
      }
    }
    CjgJsonReader strict = CjgJsonReader.create();
    for (BiFunction<CjgJsonReader, String, ReadResult<Voorbeeld>> kind : KINDS) {
      List<String> codes = kind.apply(strict, hostile).codes();
      assertEquals("JSON-UNKNOWN-PROPERTY", codes.get(0));
      assertEquals("JSON-LIMIT-PROBLEMS", codes.get(codes.size() - 1));
      assertEquals(List.of(), kind.apply(strict, "{\"naam\":\"b\",\"aantal\":2}").codes());
    }
  }

  @Test
  void theNameLimitCountsCharactersForEveryInputKind() {
    for (int limit : List.of(10, 100)) {
      CjgJsonReader reader = reader(ReadLimits.builder().maxNameLength(limit).build());
      for (String character : List.of("é", "€")) {
        assertEveryKind(List.of("JSON-UNKNOWN-PROPERTY"), reader, "{\"naam\":\"a\",\"aantal\":1,\"" + character.repeat(limit) + "\":1}");
        assertEveryKind(List.of("JSON-LIMIT-NAME"), reader, "{\"naam\":\"a\",\"aantal\":1,\"" + character.repeat(limit + 1) + "\":1}");
      }
      String supplementary = "\uD83D\uDE00".repeat(limit / 2); // limit / 2 code points, limit characters, 2 × limit bytes
      assertEveryKind(List.of("JSON-UNKNOWN-PROPERTY"), reader, "{\"naam\":\"a\",\"aantal\":1,\"" + supplementary + "\":1}");
      assertEveryKind(List.of("JSON-LIMIT-NAME"), reader, "{\"naam\":\"a\",\"aantal\":1,\"" + supplementary + "x\":1}");
    }
  }

  @Test
  void theNumberLimitCountsEveryCharacterOfTheNumberForEveryInputKind() {
    CjgJsonReader reader = reader(ReadLimits.builder().maxNumberLength(10).build());
    for (String number : List.of("9".repeat(10), "-" + "9".repeat(9), "1.23456789", "-1.23e-456", "12345678e1")) {
      assertEquals(10, number.length());
      assertEveryKind(List.of(), reader, "{\"naam\":\"a\",\"aantal\":1,\"bedrag\":" + number + "}");
    }
    for (String number : List.of("9".repeat(11), "-" + "9".repeat(10), "1.234567891", "-1.23e-4567", "123456789e1")) {
      assertEquals(11, number.length());
      assertEveryKind(List.of("JSON-LIMIT-NUMBER"), reader, "{\"naam\":\"a\",\"aantal\":1,\"bedrag\":" + number + "}");
    }
    assertEveryKind(List.of(), reader, "{\"naam\":\"a\",\"aantal\":1,\"heelGroot\":-999999999}");
    assertEveryKind(List.of("JSON-LIMIT-NUMBER"), reader, "{\"naam\":\"a\",\"aantal\":1,\"heelGroot\":-9999999999}");
  }

  @Test
  void theStringLimitHoldsForEveryInputKind() {
    CjgJsonReader reader = reader(ReadLimits.builder().maxStringLength(10).build());
    assertEveryKind(List.of(), reader, "{\"naam\":\"" + "ë".repeat(10) + "\",\"aantal\":1}");
    assertEveryKind(List.of("JSON-LIMIT-STRING"), reader, "{\"naam\":\"" + "ë".repeat(11) + "\",\"aantal\":1}");
  }

  @Test
  void aLenientReaderChecksWhatItSkips() {
    CjgJsonReader lenient =
        CjgJsonReader.builder().ignoreUnknownProperties(true).limits(ReadLimits.builder().maxStringLength(10).maxNumberLength(5).build()).build();
    assertEveryKind(List.of(), lenient, "{\"naam\":\"a\",\"aantal\":1,\"x\":\"" + "y".repeat(10) + "\",\"z\":{\"a\":[1,{\"b\":12345}]}}");
    assertEveryKind(List.of("JSON-LIMIT-STRING"), lenient, "{\"naam\":\"a\",\"aantal\":1,\"x\":\"" + "y".repeat(11) + "\"}");
    assertEveryKind(List.of("JSON-LIMIT-STRING"), lenient, "{\"naam\":\"a\",\"aantal\":1,\"x\":[{\"y\":\"" + "y".repeat(11) + "\"}]}");
    assertEveryKind(List.of("JSON-LIMIT-NUMBER"), lenient, "{\"naam\":\"a\",\"aantal\":1,\"x\":[123456]}");
    assertEveryKind(List.of("JSON-DUPLICATE-KEY"), lenient, "{\"naam\":\"a\",\"x\":1,\"aantal\":1,\"x\":2}");
    assertEveryKind(List.of("JSON-DUPLICATE-KEY"), lenient, "{\"naam\":\"a\",\"aantal\":1,\"x\":{\"y\":1,\"z\":[{\"y\":2,\"y\":3}]}}");
    ReadResult<Voorbeeld> duplicate = lenient.read("{\"naam\":\"a\",\"x\":1,\"aantal\":1,\"x\":2}", Voorbeeld.class);
    assertEquals("/x", duplicate.problems().get(0).pointer());
  }

  @Test
  void theNestingDepthCannotBeRaisedBeyondWhatTheStackHolds() {
    InvalidValueException tooDeep =
        assertThrows(
            InvalidValueException.class,
            () -> ReadLimits.builder().maxNestingDepth(ReadLimits.HIGHEST_NESTING_DEPTH + 1).build());
    assertEquals(ReadLimits.DEPTH_CODE, tooDeep.code());
  }

  @Test
  void aRecursiveValueAtTheHighestDepthIsReadValidatedAndComparedOnASmallStack() throws InterruptedException {
    int depth = ReadLimits.HIGHEST_NESTING_DEPTH;
    CjgJsonReader reader = reader(ReadLimits.builder().maxNestingDepth(depth).build());
    String deepest = nested(depth);
    String tooDeep = nested(depth + 1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<List<String>> outcomes = new ArrayList<>();
    // Half the default stack of a thread on 64-bit JVMs (1 MiB), to leave a margin.
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                for (BiFunction<CjgJsonReader, String, ReadResult<Voorbeeld>> kind : KINDS) {
                  ReadResult<Voorbeeld> result = kind.apply(reader, deepest);
                  outcomes.add(result.codes());
                  Voorbeeld value = result.value().orElseThrow();
                  assertEquals(value, reader.read(CjgJsonWriter.create().write(value), Voorbeeld.class).value().orElseThrow());
                  outcomes.add(kind.apply(reader, tooDeep).codes());
                }
              } catch (Throwable e) {
                failure.set(e);
              }
            },
            "deep",
            512 * 1024);
    thread.start();
    thread.join();
    if (failure.get() != null) {
      throw new AssertionError("reading at the highest depth failed", failure.get());
    }
    List<String> none = List.of();
    List<String> limit = List.of("JSON-LIMIT-DEPTH");
    assertEquals(List.of(none, limit, none, limit, none, limit, none, limit), outcomes);
  }

  private static String nested(int depth) {
    return "{\"naam\":\"a\",\"aantal\":1,\"kind\":".repeat(depth - 1) + "{\"naam\":\"a\",\"aantal\":1}" + "}".repeat(depth - 1);
  }
}
