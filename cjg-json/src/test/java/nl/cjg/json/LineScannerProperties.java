package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Leeftijdsindelingen;
import nl.cjg.jqwik.CjgArbitraries;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@link CasusCounter} reads a line through {@link LineScanner} exactly as it reads the whole line
 * through Jackson: fuzzed with arbitrary bytes and with cases' lines broken in many ways (bytes
 * flipped, inserted, deleted, cut off; escapes, numbers, literals, deep nesting, properties given
 * twice, bytes that are not UTF-8, byte order marks, white space of every kind), under the default
 * limits and under tight ones, every line's outcome is the same: the same fields read, or the same
 * problems with their codes, pointers, lines, columns and messages.
 *
 * <p>The default build runs a few hundred tries of each property. A long fuzz runs
 * {@link #longFuzz()} with {@code -Dcjg.scanner.fuzzTries=N}: N inputs of each kind, for example
 * {@code mvn -B -o -pl cjg-json -am test -Dtest=LineScannerProperties -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcjg.scanner.fuzzTries=200000}.
 */
class LineScannerProperties {
  private static final CasusCounter.Dimension<Kern> KERN = CasusCounter.Dimension.kern(BergenKernen.all());
  private static final CasusCounter.Dimension<Leeftijdsgroep> BAND =
      CasusCounter.Dimension.leeftijdsgroep(Leeftijdsindelingen.CJG_LEEFTIJDSGROEPEN);
  private static final CjgJsonReader DEFAULT = CjgJsonReader.builder().validate(false).build();
  private static final CjgJsonReader TIGHT =
      CjgJsonReader.builder()
          .validate(false)
          .nullAsAbsent(true)
          .locale(Locale.forLanguageTag("nl"))
          .limits(ReadLimits.builder().maxNestingDepth(4).maxStringLength(24).maxNumberLength(5).maxNameLength(12).maxDocumentLength(700).build())
          .build();
  private static final List<CasusCounter<?, ?>> COUNTERS =
      List.of(CasusCounter.of(DEFAULT, KERN, BAND), CasusCounter.of(DEFAULT, KERN, KERN), CasusCounter.of(TIGHT, KERN, BAND));
  private static final List<CjgJsonReader> READERS = List.of(DEFAULT, DEFAULT, TIGHT);
  private static final CjgJsonWriter WRITER = CjgJsonWriter.create();

  /** Values, right and wrong, inserted as a property {@code "v":VALUE,} into an object. */
  private static final List<String> VALUES =
      List.of(
          "0", "-0", "01", "-01", "00", "1.", ".5", "-", "--1", "+1", "1e", "1e+", "1E-7", "-0.0e0", "1.5e", "0x1F", "12345", "123456", "-1234", "-12345",
          "1" + "0".repeat(64), "1" + "0".repeat(63), "2e308", "NaN", "Infinity", "true", "tru", "nul", "null", "false", "falsey", "True",
          "[", "]", "{", "}", "\"\"", "\"", "[]", "{}", "[1,]", "[,1]", "[1 2]", "{\"a\":1,}", "{\"a\" 1}", "{\"a\":}", "{1:2}", "{'a':1}", "'a'",
          "[" .repeat(3) + "]".repeat(3), "[".repeat(4) + "]".repeat(4), "[".repeat(5) + "]".repeat(5), "[".repeat(62) + "]".repeat(62),
          "[".repeat(63) + "]".repeat(63), "[".repeat(64) + "]".repeat(64), "{\"a\":".repeat(64) + "1" + "}".repeat(64),
          "{\"a\":".repeat(63) + "{}" + "}".repeat(63), "[[[[[]]]]]", "[[[[1]]]]", "\"" + "a".repeat(24) + "\"", "\"" + "a".repeat(25) + "\"",
          "\"" + "é".repeat(12) + "\"", "\"" + "é".repeat(13) + "\"", "\"" + "\\u00e9".repeat(24) + "\"", "\"\\ud800\"", "\"\\udc00\"",
          "\"\\ud83d\\ude00\"", "\"\\ud83d\"", "\"\\u0000\"", "\"a\tb\"", "\"a\\qb\"", "[\"\\u00e9\", -0.5E+10, true, null, {}]");

  /** Properties inserted into an object: the properties read given twice or escaped, long names. */
  private static final List<String> MEMBERS =
      List.of(
          "\"datumInvulling\":\"2012-01-01\",", "\"datumInvulling\":null,", "\"datumInvulling\":\"2012-02-30\",", "\"datumInvulling\":[],",
          "\"kind\":{},", "\"kind\":null,", "\"kind\":{\"leeftijd\":7},", "\"kin\\u0064\":{},", "\"datum\\u0049nvulling\":7,", "\"kind\" : { } ,",
          "\"kind\":{\"kern\":{\"naam\":\"Bergen\",\"gemeente\":\"GM0373\"},\"kern\":null},", "\"kind\":{\"leeftijd\":7,\"x\":[[[[1]]]]},",
          "\"abcdefghijkl\":1,", "\"abcdefghijklm\":1,", "\"éééééé\":1,", "\"ééééééé\":1,", "\"\\u00e9\":1,", "\"\":1,", "\"a\"::1,", "\"a\":1,,");

  /** Inserted where a string may begin or go on: escapes, control characters, other characters. */
  private static final List<String> IN_STRING =
      List.of(
          "\\u00e9", "\\ud83d\\ude00", "\\ud800", "\\udc00", "\\ud800\\u0041", "\\udbff\\udfff", "\\u12", "\\u00G0", "\\U00e9", "\\x", "\\\"",
          "\\\\", "\\/", "\\b\\f\\n\\r\\t", "\\", "\"", "\ufeff", "\u2028", "é", "\uD83D\uDE00", "\u0000", "\u001f", "\u007f", "\t", "\r", " ");

  /** Bytes that are not UTF-8 (and a byte order mark, which is). */
  private static final List<byte[]> BAD_BYTES =
      List.of(
          new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xC1, (byte) 0xBF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
          new byte[] {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
          new byte[] {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
          new byte[] {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xBF}, new byte[] {(byte) 0xC3},
          new byte[] {(byte) 0xC3, (byte) 0x41}, new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xE2, (byte) 0x82, (byte) 0x41},
          new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
          new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});

  /** Inserted anywhere: structure and white space, JSON's and others. */
  private static final List<String> ANYWHERE = List.of("[", "]", "{", "}", ",", ":", "\"", " ", "\t", "\r", "\f", "\u00a0", "\u0000", "\ufeff", "\\", "/*x*/", "//");

  /** Bytes that JSON gives a meaning, and some it does not, for arbitrary lines. */
  private static final byte[] JSONISH = "{}[]\":,\\u0123456789abcdefABCDEF-+.eEtrunlsfx \t\r\n".getBytes(StandardCharsets.US_ASCII);

  @Property(tries = 300)
  void arbitraryBytesReadAsWholeLinesRead(@ForAll("arbitraryInput") byte[] input) {
    assertSameOutcome(input);
  }

  @Property(tries = 600)
  void brokenCaseLinesReadAsWholeLinesRead(@ForAll("brokenLines") byte[] input) {
    assertSameOutcome(input);
  }

  @Property(tries = 600)
  void aCaseLineWithOneInsertionReadsAsWholeLinesRead(
      @ForAll("casus") Casus casus, @ForAll @IntRange(min = 3, max = 7) int kind, @ForAll double where, @ForAll @IntRange(min = 0, max = 1000) int fragment) {
    byte[] line = WRITER.write(casus).getBytes(StandardCharsets.UTF_8);
    byte[] changed = new Mutation(kind, Math.abs(where) % 1, fragment, (byte) 0).apply(line);
    assertSameOutcome(concat(changed, new byte[] {'\n'}));
  }

  @Property(tries = 100)
  void aCaseLineIsScannedAndReducedToWhatIsRead(@ForAll("casus") Casus casus) throws Exception {
    byte[] line = WRITER.write(casus).getBytes(StandardCharsets.UTF_8);
    LineScanner scanner = new LineScanner(ReadLimits.defaults(), "kind", "datumInvulling");
    assertTrue(scanner.scan(line, 0, line.length));
    int length = scanner.reduce();
    ObjectMapper mapper = new ObjectMapper();
    JsonNode reduced = mapper.readTree(Arrays.copyOf(scanner.reduced(), length));
    ObjectNode expected = (ObjectNode) mapper.readTree(line);
    List<String> order = new ArrayList<>();
    expected.fieldNames().forEachRemaining(order::add);
    order.retainAll(List.of("kind", "datumInvulling"));
    expected.retain("kind", "datumInvulling");
    assertEquals(expected, reduced);
    List<String> reducedOrder = new ArrayList<>();
    reduced.fieldNames().forEachRemaining(reducedOrder::add);
    assertEquals(order, reducedOrder);
  }

  @Example
  void theScannerSaysNoToWhatItCannotVouchFor() {
    LineScanner scanner = new LineScanner(ReadLimits.builder().maxNestingDepth(3).maxStringLength(5).maxNumberLength(4).maxNameLength(4).build(), "kind");
    for (String line :
        List.of("[]", "1", "\"kind\"", "null", "{", "{\"a\":1", "{\"a\":1,}", "{\"a\" 1}", "{\"a\":01}", "{\"a\":1.}", "{\"a\":-}", "{\"a\":1e}",
            "{\"a\":.5}", "{\"a\":tru}", "{\"a\":nulls}", "{\"a\":[1,]}", "{\"a\":{\"b\":1,}}", "{\"a\":[[[1]]]}", "{\"a\":\"123456\"}",
            "{\"a\":12345}", "{\"a\":-1234}", "{\"abcde\":1}", "{\"a\":{\"abcde\":1}}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\udc00\"}", "{\"a\":\"\\x\"}",
            "{\"a\":\"\u0001\"}", "{\"kind\":1,\"kind\":2}", "{\"ki\\u006ed\":1}", "{\"a\":1} x", "{\"a\":1}{}", "{\"a\":1\f}")) {
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      assertFalse(scanner.scan(bytes, 0, bytes.length), line);
    }
    for (byte[] bad : BAD_BYTES.subList(0, BAD_BYTES.size() - 1)) { // the last, a byte order mark, is a character in a string
      byte[] bytes = concat("{\"a\":\"".getBytes(StandardCharsets.US_ASCII), bad, "\"}".getBytes(StandardCharsets.US_ASCII));
      assertFalse(scanner.scan(bytes, 0, bytes.length), Arrays.toString(bad));
    }
    for (String line :
        List.of("{}", " {\"a\":[[]]}\t\r", "{\"a\":\"12345\",\"b\":-0.5,\"c\":1e+2,\"d\":[true,false,null,{}]}",
            "{\"a\":\"éé\",\"kind\":{\"x\":[1]}}", "{\"a\" : { \"b\" : [ 1 , 2 ] } }")) {
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      assertTrue(scanner.scan(bytes, 0, bytes.length), line);
    }
    byte[] escapes = "{\"a\":\"\\ud83d\\ude00\\u00e9\\n\\\"\\\\\\/\\b\\f\\r\\t\"}".getBytes(StandardCharsets.UTF_8);
    assertTrue(new LineScanner(ReadLimits.defaults()).scan(escapes, 0, escapes.length));
  }

  /**
   * The long fuzz, off by default: {@code -Dcjg.scanner.fuzzTries=N} compares N arbitrary inputs
   * and N broken case lines.
   */
  @Test
  void longFuzz() {
    long tries = Long.getLong("cjg.scanner.fuzzTries", 0);
    Assumptions.assumeTrue(tries > 0, "set cjg.scanner.fuzzTries to fuzz at length");
    arbitraryInput().sampleStream().limit(tries).forEach(LineScannerProperties::assertSameOutcome);
    brokenLines().sampleStream().limit(tries).forEach(LineScannerProperties::assertSameOutcome);
  }

  @Provide
  Arbitrary<Casus> casus() {
    return Arbitraries.oneOf(CjgArbitraries.casus(), CjgArbitraries.casus().metToestemming().kern(BergenKernen.all().toArray(new Kern[0])));
  }

  @Provide
  Arbitrary<byte[]> arbitraryInput() {
    Arbitrary<Byte> bytes = Arbitraries.integers().between(0, 256 + 3 * JSONISH.length - 1).map(i -> i < 256 ? (byte) (int) i : JSONISH[(i - 256) % JSONISH.length]);
    return bytes.array(byte[].class).ofMaxSize(80);
  }

  @Provide
  Arbitrary<byte[]> brokenLines() {
    Arbitrary<byte[]> line = casus().map(c -> WRITER.write(c).getBytes(StandardCharsets.UTF_8));
    Arbitrary<Mutation> mutation =
        Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 1000), Arbitraries.bytes())
            .as(Mutation::new);
    return Combinators.combine(line.list().ofMinSize(1).ofMaxSize(3), mutation.list().ofMaxSize(4))
        .as(
            (lines, mutations) -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              for (int i = 0; i < lines.size(); i++) {
                byte[] bytes = lines.get(i);
                for (Mutation m : mutations) {
                  if (m.line(lines.size()) == i) {
                    bytes = m.apply(bytes);
                  }
                }
                out.writeBytes(bytes);
                out.write('\n');
              }
              return out.toByteArray();
            });
  }

  /** One change of a line: which, where, what is inserted. */
  private static final class Mutation {
    private final int kind;
    private final double where;
    private final int fragment;
    private final byte any;

    Mutation(int kind, double where, int fragment, byte any) {
      this.kind = kind;
      this.where = where;
      this.fragment = fragment;
      this.any = any;
    }

    int line(int lines) {
      return (int) (where * 7919) % lines;
    }

    byte[] apply(byte[] line) {
      int at = (int) (where * line.length);
      switch (kind) {
        case 0: // a byte replaced
          byte[] flipped = line.clone();
          if (at < flipped.length) {
            flipped[at] = any;
          }
          return flipped;
        case 1: // bytes deleted
          return concat(Arrays.copyOfRange(line, 0, at), Arrays.copyOfRange(line, Math.min(line.length, at + 1 + (fragment % 3)), line.length));
        case 2: // cut off
          return Arrays.copyOf(line, at);
        case 3: // a property with a value, right or wrong, at the start of an object
          return insert(line, after(line, at, '{'), ("\"v\":" + VALUES.get(fragment % VALUES.size()) + ",").getBytes(StandardCharsets.UTF_8));
        case 4: // a property at the start of the line's object or of another
          return insert(line, fragment % 2 == 0 ? after(line, 0, '{') : after(line, at, '{'), MEMBERS.get(fragment % MEMBERS.size()).getBytes(StandardCharsets.UTF_8));
        case 5: // an escape or a character after a quote
          return insert(line, after(line, at, '"'), IN_STRING.get(fragment % IN_STRING.size()).getBytes(StandardCharsets.UTF_8));
        case 6: // bytes that are not UTF-8 after a quote
          return insert(line, after(line, at, '"'), BAD_BYTES.get(fragment % BAD_BYTES.size()));
        default: // structure or white space anywhere
          return insert(line, at, ANYWHERE.get(fragment % ANYWHERE.size()).getBytes(StandardCharsets.UTF_8));
      }
    }

    private static byte[] insert(byte[] line, int at, byte[] inserted) {
      return concat(Arrays.copyOfRange(line, 0, at), inserted, Arrays.copyOfRange(line, at, line.length));
    }

    /** The position after the last {@code wanted} byte before {@code from}, or 0. */
    private static int after(byte[] line, int from, char wanted) {
      for (int i = Math.min(from, line.length - 1); i >= 0; i--) {
        if (line[i] == wanted) {
          return i + 1;
        }
      }
      return 0;
    }
  }

  private static void assertSameOutcome(byte[] input) {
    for (int c = 0; c < COUNTERS.size(); c++) {
      CasusCounter<?, ?> counter = COUNTERS.get(c);
      ReaderSettings settings = READERS.get(c).settings();
      List<RecordResult<CasusProjection.Fields>> scanned = WholeLines.scanned(counter, settings, input);
      List<RecordResult<CasusProjection.Fields>> whole = WholeLines.whole(counter, settings, input);
      assertEquals(whole.size(), scanned.size());
      for (int i = 0; i < whole.size(); i++) {
        assertEquals(WholeLines.outcome(whole.get(i)), WholeLines.outcome(scanned.get(i)));
        assertEquals(whole.get(i).value().map(f -> f.kind), scanned.get(i).value().map(f -> f.kind));
      }
      CasusCounter.Result<?, ?> counted = counter.count(new ByteArrayInputStream(input), 1);
      assertEquals(whole.stream().filter(r -> !r.isValid()).count(), counted.refused());
      assertEquals(whole.stream().flatMap(r -> r.problems().stream()).toList(), counted.problems());
    }
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
