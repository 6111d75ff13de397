package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.id.AgbCode;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.id.BuurtCode;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.id.KvkNummer;
import nl.cjg.core.id.Postcode;
import nl.cjg.core.id.Pseudoniem;
import nl.cjg.core.id.WijkCode;

/**
 * The schemas agree with the model for any content: an identifier's pattern matches exactly the
 * canonical texts its {@code parse} accepts, and generated cases, as the writer writes them, are
 * valid.
 */
class SchemaProperties {
  /** The canonical text of an identifier's text, or null when {@code parse} refuses it. */
  private static final Map<String, Function<String, String>> CANONICAL =
      Map.of(
          "id.Bsn", text -> Bsn.parse(text).value(),
          "id.Postcode", text -> Postcode.parse(text).value(),
          "id.AgbCode", text -> AgbCode.parse(text).value(),
          "id.KvkNummer", text -> KvkNummer.parse(text).value(),
          "id.GemeenteCode", text -> GemeenteCode.parse(text).value(),
          "id.WijkCode", text -> WijkCode.parse(text).value(),
          "id.BuurtCode", text -> BuurtCode.parse(text).value(),
          "id.Pseudoniem", text -> Pseudoniem.parse(text).value());

  private static final Map<String, Class<?>> IDENTIFIERS =
      Map.of(
          "id.Bsn", Bsn.class,
          "id.Postcode", Postcode.class,
          "id.AgbCode", AgbCode.class,
          "id.KvkNummer", KvkNummer.class,
          "id.GemeenteCode", GemeenteCode.class,
          "id.WijkCode", WijkCode.class,
          "id.BuurtCode", BuurtCode.class,
          "id.Pseudoniem", Pseudoniem.class);

  private static final Map<String, Pattern> PATTERNS = identifierPatterns();

  /** The pattern of each identifier, as the generator writes it into the schemas. */
  private static Map<String, Pattern> identifierPatterns() {
    Map<String, Pattern> patterns = new TreeMap<>();
    IDENTIFIERS.forEach(
        (name, type) -> patterns.put(name, Pattern.compile(LeafSchemas.of(type).orElseThrow().get("pattern").asText())));
    return patterns;
  }

  private static String canonical(String identifier, String text) {
    try {
      return CANONICAL.get(identifier).apply(text);
    } catch (InvalidValueException e) {
      return null;
    }
  }

  @Example
  void everyIdentifierInTheSchemasIsChecked() throws IOException {
    JsonNode definitions = new ObjectMapper().readTree(CjgSchemas.schema(CjgSchemas.RECORD)).get("$defs");
    Set<String> identifiers = new TreeSet<>();
    definitions.fieldNames().forEachRemaining(name -> identifiers.add(name));
    identifiers.removeIf(name -> !definitions.get(name).has("pattern") || definitions.get(name).has("format"));
    assertEquals(Set.of("id.AgbCode", "id.Bsn", "id.GemeenteCode", "id.KvkNummer", "id.Postcode", "id.Pseudoniem"), identifiers);
    identifiers.forEach(name -> assertEquals(PATTERNS.get(name).pattern(), definitions.get(name).get("pattern").asText(), name));
  }

  @Property(tries = 3000)
  void aPatternMatchesExactlyTheCanonicalTexts(@ForAll("identifierTexts") String text) {
    PATTERNS.forEach(
        (identifier, pattern) ->
            assertEquals(text.equals(canonical(identifier, text)), pattern.matcher(text).find(), () -> identifier + " " + text));
  }

  @Property(tries = 100)
  void generatedCasesAreValid(@ForAll("casussen") Casus casus) {
    List<String> lines = JsonSchemas.datasetLines(List.of(casus));
    assertEquals(Set.of(), JsonSchemas.errors("casus", lines.get(1)));
    assertEquals(Set.of(), JsonSchemas.errors(CjgSchemas.RECORD, lines.get(1)));
  }

  @Provide
  Arbitrary<Casus> casussen() {
    return new RoundTripProperties().casussen();
  }

  /** Texts near identifiers: prefixes in any case, too few and too many digits, postcode letters, white space. */
  @Provide
  Arbitrary<String> identifierTexts() {
    Arbitrary<String> prefix = Arbitraries.of("", "", "", "GM", "gm", "WK", "wk", "BU", "bu", " ", "G");
    Arbitrary<String> digits = Arbitraries.of(3, 4, 4, 4, 5, 6, 6, 7, 8, 8, 8, 9, 9, 10).flatMap(n -> Arbitraries.strings().numeric().ofLength(n));
    Arbitrary<String> suffix = Arbitraries.of("", "", "AB", "ab", " AB", "SA", "SD", "SS", "SB", "sa", "ZZ", "A", "ABC", " ", "\t");
    Arbitrary<String> near = Combinators.combine(prefix, digits, suffix).as((p, d, s) -> p + d + s);
    Arbitrary<String> any = Arbitraries.strings().withChars("0123456789GMWKBUSADZab \t").ofMaxLength(12);
    Arbitrary<String> hex =
        Combinators.combine(Arbitraries.of("", "", " "), Arbitraries.strings().withChars("0123456789abcdefABCDEFg").ofMinLength(63).ofMaxLength(65))
            .as((space, hexDigits) -> space + hexDigits);
    return Arbitraries.oneOf(near, near, any, hex);
  }
}
