package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
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
import nl.cjg.core.stats.CrossTable;
import nl.cjg.core.stats.StatsCollectors;
import nl.cjg.jqwik.CjgArbitraries;

/**
 * The counter reads only some fields of each case, yet counts what the full reader counts: the
 * same table on valid cases, exactly the lines whose fields it reads are valid on cases with
 * problems (reporting the others by their line, with problems the full reader reports too), and
 * the same on one thread as on two.
 */
class CasusCounterProperties {
  private static final CjgJsonReader FULL = CjgJsonReader.builder().validate(false).build();
  private static final CasusCounter.Dimension<Kern> KERN = CasusCounter.Dimension.kern(BergenKernen.all());
  private static final CasusCounter.Dimension<Leeftijdsgroep> BAND =
      CasusCounter.Dimension.leeftijdsgroep(Leeftijdsindelingen.CJG_LEEFTIJDSGROEPEN);
  private static final CasusCounter<Kern, Leeftijdsgroep> COUNTER = CasusCounter.of(FULL, KERN, BAND);
  private static final CjgJsonWriter WRITER = CjgJsonWriter.create();
  private static final String CASE =
      "{\"kenmerk\":\"CJG-1\",\"datumInvulling\":\"2012-03-01\",\"aanmelder\":{\"naam\":\"Aanmelder\"},"
          + "\"kind\":{\"leeftijd\":7,\"kern\":{\"naam\":\"Schoorl\",\"gemeente\":\"GM0373\",\"cluster\":\"Schoorl\"}},"
          + "\"toestemming\":{\"metToestemming\":true,\"besprokenMetOuders\":true,\"gegevenDoor\":[\"OUDERS_MET_GEZAG\"]},"
          + "\"inVerwijsindexGemeld\":false}";

  /** A change of a line that breaks what the counter checks: the JSON, or a field it reads. */
  private static final List<UnaryOperator<String>> BREAK_CHECKED =
      List.of(
          line -> line.replaceFirst("\"datumInvulling\":\"\\d{4}-\\d{2}-\\d{2}\"", "\"datumInvulling\":\"2012-02-30\""),
          line -> line.replaceFirst("\"datumInvulling\":\"[^\"]*\",?", ""),
          line -> line.replaceFirst("\"datumInvulling\":", "\"datumInvulling\":7,\"datumInvulling\":"),
          line -> line.replaceFirst("\"kern\":\\{\"naam\":\"[^\"]*\"", "\"kern\":{\"naam\":\" \""),
          line -> line.replaceFirst("(\"kern\":\\{\"naam\":\"[^\"]*\",\"gemeente\":\")GM\\d{4}", "$1GM037"),
          line -> line.replaceFirst("\"kind\":\\{", "\"kind\":{\"leeftijd\":151,"),
          line -> line.replaceFirst("\"kind\":\\{", "\"kind\":{\"leeftijd\":\"7\","),
          line -> line.replaceFirst("\"kind\":\\{", "\"kind\":{\"leeftijdsgroep\":null,"),
          line -> line.replaceFirst("\"kind\":\\{", "\"kind\":{\"leeftijd\":3,\"leeftijdsgroep\":{\"van\":0,\"tot\":4},"),
          line -> line.replaceFirst("\"kind\":\\{[^{}]*(\\{[^{}]*\\}[^{}]*)*\\}", "\"kind\":[]"),
          line -> line.substring(0, line.length() / 2),
          line -> line + " {}",
          line -> line.replaceFirst("\"kenmerk\":", "\"kenmerk\"::"));

  /** A change of a line that breaks only fields the counter does not read. */
  private static final List<UnaryOperator<String>> BREAK_UNCHECKED =
      List.of(
          line -> line.replaceFirst("\"kenmerk\":\"[^\"]*\"", "\"kenmerk\":\"  \""),
          line -> line.replaceFirst("\\{", "{\"@class\":\"java.lang.Runtime\","),
          line -> line.replaceFirst("\"kenmerk\":", "\"kenmerk\":null,\"kenmerk\":"),
          line -> line.replaceFirst("\"aanmelder\":\\{", "\"aanmelder\":{\"werkdagen\":[\"ZONDAGMIDDAG\"],"),
          line -> line.replaceFirst("\"kind\":\\{", "\"kind\":{\"school\":17,"),
          line -> line.replaceFirst("\"toestemming\":", "\"toestemming\":{},\"extra\":"));

  @Provide
  Arbitrary<List<Casus>> casussen() {
    return Arbitraries.oneOf(CjgArbitraries.casus(), CjgArbitraries.casus().metToestemming().kern(BergenKernen.all().toArray(new Kern[0])))
        .list()
        .ofMaxSize(25);
  }

  @Provide
  Arbitrary<List<Line>> changedLines() {
    Arbitrary<Casus> casus = CjgArbitraries.casus().metToestemming().kern(BergenKernen.all().toArray(new Kern[0]));
    Arbitrary<Integer> change = Arbitraries.integers().between(-1, BREAK_CHECKED.size() + BREAK_UNCHECKED.size() - 1);
    return Combinators.combine(casus, change).as(Line::new).list().ofMaxSize(25);
  }

  @Property(tries = 150)
  void onValidCasesTheTableIsTheFullReadersTable(@ForAll("casussen") List<Casus> casussen) {
    byte[] input = lines(casussen.stream().map(WRITER::write).collect(Collectors.toList()));
    CasusCounter.Result<Kern, Leeftijdsgroep> counted = COUNTER.count(new ByteArrayInputStream(input), 1);
    List<Casus> read = new ArrayList<>();
    try (Records<Casus> records = FULL.readLines(new ByteArrayInputStream(input), Casus.class)) {
      records.forEachRemaining(record -> read.add(record.value().orElseThrow()));
    }
    assertEquals(fullTable(read), counted.table());
    assertEquals(read.stream().filter(c -> KERN.categoryOf(c).isEmpty() || BAND.categoryOf(c).isEmpty()).count(), counted.outside());
    assertEquals(0, counted.refused());
    assertEquals(List.of(), counted.problems());
  }

  @Property(tries = 150)
  void withProblemsItCountsExactlyTheLinesWhoseReadFieldsAreValid(@ForAll("changedLines") List<Line> lines) {
    byte[] input = lines(lines.stream().map(Line::text).collect(Collectors.toList()));
    CasusCounter.Result<Kern, Leeftijdsgroep> counted = COUNTER.count(new ByteArrayInputStream(input), 1);
    List<Casus> counting = new ArrayList<>();
    Set<Long> refused = new TreeSet<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).breaksReadField()) {
        refused.add(i + 1L);
      } else {
        counting.add(lines.get(i).casus);
      }
    }
    assertEquals(fullTable(counting), counted.table());
    assertEquals(refused.size(), counted.refused());
    Set<Long> reported = counted.problems().stream().map(p -> p.line().orElseThrow()).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(refused, reported);
    Set<String> full = new HashSet<>();
    try (Records<Casus> records = FULL.readLines(new ByteArrayInputStream(input), Casus.class)) {
      records.forEachRemaining(record -> record.problems().forEach(p -> full.add(describe(p))));
    }
    for (Problem problem : counted.problems()) {
      assertTrue(full.contains(describe(problem)), () -> describe(problem) + " not among " + full);
    }
  }

  @Property(tries = 100)
  void twoThreadsCountWhatOneCounts(@ForAll("changedLines") List<Line> lines, @ForAll @IntRange(min = 1, max = 5) int chunkLines) {
    byte[] input = lines(lines.stream().map(Line::text).collect(Collectors.toList()));
    CasusCounter.Result<Kern, Leeftijdsgroep> one = COUNTER.count(new ByteArrayInputStream(input), 1);
    CasusCounter.Result<Kern, Leeftijdsgroep> two = COUNTER.count(new ByteArrayInputStream(input), 2, chunkLines);
    assertEquals(one.table(), two.table());
    assertEquals(one.outside(), two.outside());
    assertEquals(one.refused(), two.refused());
    assertEquals(one.problems(), two.problems());
  }

  @Example
  void problemsNameTheLineAndTheField() {
    String good = WRITER.write(CjgJsonReader.create().read(CASE, Casus.class).value().orElseThrow());
    String bad = good.replaceFirst("\"datumInvulling\":\"\\d{4}-\\d{2}-\\d{2}\"", "\"datumInvulling\":\"2012-02-30\"");
    CasusCounter.Result<Kern, Leeftijdsgroep> counted = COUNTER.count(new ByteArrayInputStream(lines(List.of(good, bad, good))), 1);
    assertEquals(1, counted.refused());
    assertEquals(1, counted.problems().size());
    Problem problem = counted.problems().get(0);
    assertEquals(ProblemCode.NO_SUCH_DATE.code(), problem.code());
    assertEquals("/datumInvulling", problem.pointer());
    assertEquals(Optional.of(2L), problem.line().isPresent() ? Optional.of(problem.line().getAsLong()) : Optional.empty());
    assertEquals(2, counted.table().count(BergenKernen.SCHOORL, BAND.categories().get(1)));
    assertEquals(2, counted.table().total());
  }

  @Example
  void aLongLineWithAProblemIsReadWithoutTheLinesAfterIt() {
    String line = "{\"naam\":\"" + "b".repeat(20_000) + "\",\"gemeente\":\"GM0373\",\"x\":1}";
    List<String> problems = new ArrayList<>();
    try (Records<Kern> records = FULL.readLines(new ByteArrayInputStream(lines(List.of(line, line, "{}"))), Kern.class)) {
      records.forEachRemaining(record -> record.problems().forEach(p -> problems.add(describe(p))));
    }
    assertEquals(
        List.of("JSON-UNKNOWN-PROPERTY@@1:20032", "JSON-UNKNOWN-PROPERTY@@2:20032", "JSON-REQUIRED@/naam@3:2", "JSON-REQUIRED@/gemeente@3:2"),
        problems);
  }

  @Example
  void noThreadsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> COUNTER.count(new ByteArrayInputStream(new byte[0]), 0));
  }

  private static CrossTable<Kern, Leeftijdsgroep> fullTable(List<Casus> casussen) {
    return casussen.stream()
        .filter(c -> KERN.categoryOf(c).isPresent() && BAND.categoryOf(c).isPresent())
        .collect(
            StatsCollectors.crossTable(
                c -> KERN.categoryOf(c).orElseThrow(), KERN.categories(), c -> BAND.categoryOf(c).orElseThrow(), BAND.categories()));
  }

  private static String describe(Problem problem) {
    return problem.code() + "@" + problem.pointer() + "@" + problem.line().orElse(-1) + ":" + problem.column().orElse(-1);
  }

  private static byte[] lines(List<String> lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String line : lines) {
      out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
      out.write('\n');
    }
    return out.toByteArray();
  }

  /** A case as a line, unchanged ({@code change} -1), with a read field broken, or with another field broken. */
  static final class Line {
    final Casus casus;
    final int change;
    final String text;

    Line(Casus casus, int change) {
      this.casus = casus;
      String written = WRITER.write(casus);
      String changed = written;
      if (change >= 0 && change < BREAK_CHECKED.size()) {
        changed = BREAK_CHECKED.get(change).apply(written);
      } else if (change >= BREAK_CHECKED.size()) {
        changed = BREAK_UNCHECKED.get(change - BREAK_CHECKED.size()).apply(written);
      }
      this.change = changed.equals(written) ? -1 : change;
      this.text = changed;
    }

    String text() {
      return text;
    }

    boolean breaksReadField() {
      return change >= 0 && change < BREAK_CHECKED.size();
    }

    @Override
    public String toString() {
      return change + ": " + text;
    }
  }
}
