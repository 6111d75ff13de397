package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import nl.cjg.jqwik.CjgArbitraries;

/**
 * Every input kind reads a document alike: bytes, a byte stream, a text and a character stream
 * give the same value or the same problems — codes, pointers, lines and messages; the columns too
 * when the document is ASCII (byte input counts a column in bytes, text input in characters). The
 * documents are the written form of generated values of every kind (valid ones, and ones that
 * break each business rule), also cut short or with a character replaced.
 */
class InputKindsProperties {
  private static final CjgJsonReader READER = CjgJsonReader.builder().limits(ReadLimits.builder().maxProblems(30).build()).build();
  /** Limits small enough that generated documents reach them, so that they are compared too. */
  private static final CjgJsonReader SMALL =
      CjgJsonReader.builder()
          .limits(ReadLimits.builder().maxNameLength(16).maxNumberLength(4).maxStringLength(12).maxNestingDepth(4).maxProblems(30).build())
          .build();
  private static final CjgJsonWriter WRITER = CjgJsonWriter.create();

  /** A generated value and its type. */
  @Provide
  Arbitrary<Tuple2<Object, Class<?>>> values() {
    List<Arbitrary<Tuple2<Object, Class<?>>>> kinds = new ArrayList<>();
    kinds.add(typed(CjgArbitraries.casus(), nl.cjg.core.casus.Casus.class));
    kinds.add(typed(CjgArbitraries.kern(), nl.cjg.core.populatie.Kern.class));
    kinds.add(typed(CjgArbitraries.populatie(), nl.cjg.core.populatie.Populatie.class));
    kinds.add(typed(CjgArbitraries.partner(), nl.cjg.core.partner.Partner.class));
    kinds.add(typed(CjgArbitraries.aanbod(), nl.cjg.core.aanbod.Aanbod.class));
    kinds.add(typed(CjgArbitraries.gezinsplan(), nl.cjg.core.casus.Gezinsplan.class));
    kinds.add(typed(CjgArbitraries.casusoverleg(), nl.cjg.core.overleg.Casusoverleg.class));
    kinds.add(typed(CjgArbitraries.signaal(), nl.cjg.core.verwijsindex.Signaal.class));
    kinds.add(typed(CjgArbitraries.werkplan(), nl.cjg.core.werkplan.Werkplan.class));
    kinds.add(typed(CjgArbitraries.planVanAanpak(), nl.cjg.core.werkplan.PlanVanAanpak.class));
    kinds.add(typed(CjgArbitraries.communicatieplan(), nl.cjg.core.werkplan.Communicatieplan.class));
    for (String rule : CjgArbitraries.invalidRuleIds()) {
      if (rule.startsWith("DATASET-")) {
        continue; // a dataset rule's variant is a list of records, not one document
      }
      kinds.add(CjgArbitraries.invalid(rule).map(value -> Tuple.of(value, modelType(value.getClass()))));
    }
    return Arbitraries.oneOf(kinds);
  }

  private static <T> Arbitrary<Tuple2<Object, Class<?>>> typed(Arbitrary<? extends T> values, Class<T> type) {
    return values.map(value -> Tuple.of(value, type));
  }

  /** The abstract model type of a generated {@code ImmutableX}: its superclass, or the interface it implements. */
  private static Class<?> modelType(Class<?> implementation) {
    Class<?> superclass = implementation.getSuperclass();
    return superclass != Object.class ? superclass : implementation.getInterfaces()[0];
  }

  /**
   * A change to a document: none ({@code -1}), cut at a position (no text), or a text put in at a
   * position (an even position) or in place of the character there (an odd one).
   */
  @Provide
  Arbitrary<Tuple2<Integer, String>> changes() {
    Arbitrary<String> text = Arbitraries.of("\"", "{", "}", "[", ",", ":", "\\", "1", "-", "x", " ", "\n", "é", "€", "\uD83D\uDE00", "\u0000", "\uFEFF");
    return Arbitraries.oneOf(
        Arbitraries.just(Tuple.of(-1, "")),
        Arbitraries.integers().between(0, 100_000).map(at -> Tuple.of(at, "")),
        Combinators.combine(Arbitraries.integers().between(0, 100_000), text).as(Tuple::of));
  }

  private static String change(String json, Tuple2<Integer, String> change) {
    if (change.get1() < 0) {
      return json;
    }
    int at = change.get1() % (json.length() + 1);
    if (change.get2().isEmpty()) {
      return json.substring(0, at);
    }
    int after = change.get1() % 2 == 0 || at == json.length() ? at : at + 1;
    return json.substring(0, at) + change.get2() + json.substring(after);
  }

  @Property(tries = 1000)
  void everyInputKindReadsADocumentAlike(@ForAll("values") Tuple2<Object, Class<?>> value, @ForAll("changes") Tuple2<Integer, String> change) {
    String json = change(WRITER.write(value.get1()), change);
    Class<?> type = value.get2();
    List<ReadResult<?>> results = readEveryKind(READER, json, type);
    readEveryKind(SMALL, json, type);
    if (change.get1() < 0 && results.get(0).isValid()) {
      assertEquals(value.get1(), results.get(0).value().orElseThrow());
    }
  }

  private static List<ReadResult<?>> readEveryKind(CjgJsonReader reader, String json, Class<?> type) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    List<ReadResult<?>> results =
        List.of(
            reader.read(bytes, type),
            reader.read(new ByteArrayInputStream(bytes), type),
            reader.read(json, type),
            reader.read(new StringReader(json), type));
    for (ReadResult<?> result : results) {
      assertEquals(results.get(0).value(), result.value(), json);
      assertEquals(withoutColumns(results.get(0)), withoutColumns(result), json);
    }
    assertEquals(results.get(0).problems(), results.get(1).problems(), json);
    assertEquals(results.get(2).problems(), results.get(3).problems(), json);
    if (json.chars().allMatch(c -> c < 0x80)) {
      assertEquals(results.get(0).problems(), results.get(2).problems(), json);
    }
    return results;
  }

  private static List<String> withoutColumns(ReadResult<?> result) {
    return result.problems().stream().map(p -> p.code() + " " + p.pointer() + " " + p.line() + " " + p.message()).toList();
  }
}
