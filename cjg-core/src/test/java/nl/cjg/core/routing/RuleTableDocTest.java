package nl.cjg.core.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.cjg.core.partner.Discipline;
import nl.cjg.core.partner.Expertise;
import org.junit.jupiter.api.Test;

/**
 * The table of the Bergen 2012 rules in {@code docs/routing-rules.md} is the bundled rule set: one
 * row per rule, in the set's order, with its priority, conditions, English explanation and source
 * exactly as the set holds them, and its effects.
 */
class RuleTableDocTest {
  private static final Path DOC = Path.of("").toAbsolutePath().resolveSibling("docs").resolve("routing-rules.md");

  @Test
  void everyBergenRuleIsARowOfTheDocumentedTableInTheSetsOrder() throws IOException {
    List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
    List<String> documented = new ArrayList<>();
    List<RoutingRule> rules = RoutingRules.bergen2012().rules();
    List<String> ids = rules.stream().map(RoutingRule::id).toList();
    for (String line : lines) {
      String[] cells = line.split(" \\| ");
      if (line.startsWith("| ") && ids.contains(cells[0].substring(2))) {
        documented.add(line);
      }
    }
    assertEquals(rules.stream().map(RuleTableDocTest::row).toList(), documented.stream().map(RuleTableDocTest::cells).toList());
  }

  @Test
  void theDocumentNamesEveryStepOfTheRuleLanguage() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    for (Vervolgstap stap : Vervolgstap.values()) {
      assertTrue(doc.contains("`" + stap.code() + "`"), stap.code());
    }
  }

  /** A documented row's cells, the effects as a set: the table lists them in the set's text order. */
  private static List<Object> cells(String line) {
    String[] cells = line.substring(2, line.length() - 2).split(" \\| ");
    return List.of(cells[0], cells[1], cells[2], Set.of(cells[3].split("; ")), cells[4], cells[5]);
  }

  private static List<Object> row(RoutingRule rule) {
    List<String> effects = new ArrayList<>();
    rule.minimumLevel().ifPresent(level -> effects.add("niveau minstens " + level.code()));
    rule.forbiddenLevels().forEach(level -> effects.add("niveau niet " + level.code()));
    rule.steps().forEach(step -> effects.add("vervolgstap " + step.code()));
    rule.disciplines().stream().map(Discipline::code).forEach(code -> effects.add("discipline " + code));
    rule.expertises().stream().map(Expertise::code).forEach(code -> effects.add("expertise " + code));
    return List.of(rule.id(), String.valueOf(rule.priority()), code(rule.conditions()).collect(Collectors.joining("; ")),
        code(effects).collect(Collectors.toSet()), rule.explanationEnglish(), rule.source());
  }

  private static Stream<String> code(List<String> parts) {
    return parts.stream().map(part -> "`" + part + "`");
  }
}
