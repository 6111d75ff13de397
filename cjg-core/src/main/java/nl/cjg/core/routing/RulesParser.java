package nl.cjg.core.routing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.cjg.core.partner.Discipline;
import nl.cjg.core.partner.Expertise;

/**
 * Reads a rule set in the line-based language of {@code docs/routing-rules.md}: a header
 * {@code regelset <name>}, then blocks that each start with {@code regel <ID>}. Strict: every
 * line that is not a comment, blank, or a known keyword with a valid argument is a problem, and
 * all problems are collected with their line before the set is refused.
 */
final class RulesParser {
  private final List<RuleProblem> problems = new ArrayList<>();
  private final List<RoutingRule> rules = new ArrayList<>();
  private String name;
  private Draft draft;
  private boolean headerMissingReported;

  private RulesParser() {}

  /** The rule set in {@code reader}. */
  static RoutingRules parse(Reader reader) throws IOException {
    RulesParser parser = new RulesParser();
    parser.readAll(new LineReader(reader, RoutingRules.MAX_LINE_LENGTH));
    return parser.result();
  }

  private void readAll(LineReader reader) throws IOException {
    int number = 0;
    for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
      number++;
      if (number > RoutingRules.MAX_LINES) {
        problem(number, RuleProblem.Kind.LIMIT, "a rule set has at most " + RoutingRules.MAX_LINES + " lines");
        break;
      }
      if (line.tooLong()) {
        problem(number, RuleProblem.Kind.LIMIT, "a line has at most " + RoutingRules.MAX_LINE_LENGTH + " characters");
        continue;
      }
      try {
        statement(number, line.text().strip());
      } catch (RuleError e) {
        problem(number, e.kind(), e.getMessage());
      }
    }
    finishRule();
    if (name == null && !headerMissingReported) {
      problem(1, RuleProblem.Kind.MISSING, "a rule set starts with 'regelset <name>'");
    }
  }

  private RoutingRules result() {
    if (!rules.isEmpty() || problems.isEmpty()) {
      problems.addAll(RulesChecker.check(rules));
    }
    if (!problems.isEmpty()) {
      List<RuleProblem> sorted = new ArrayList<>(problems);
      sorted.sort(Comparator.comparingInt(RuleProblem::line));
      throw new InvalidRulesException(sorted);
    }
    return new RoutingRules(name, rules);
  }

  private void statement(int line, String text) throws RuleError {
    if (text.isEmpty() || text.startsWith("#")) {
      return;
    }
    String[] parts = text.split("\\s+", 2);
    String keyword = parts[0].toLowerCase(Locale.ROOT);
    String rest = parts.length > 1 ? parts[1].strip() : "";
    if (name == null && !keyword.equals("regelset") && !headerMissingReported) {
      headerMissingReported = true;
      problem(line, RuleProblem.Kind.MISSING, "a rule set starts with 'regelset <name>'");
    }
    switch (keyword) {
      case "regelset" -> header(rest);
      case "regel" -> startRule(line, rest);
      case "prioriteit" -> current().priority(rest);
      case "als" -> current().conditions.add(ConditionParser.parse(required(rest, "als")).text());
      case "dan" -> current().effect(required(rest, "dan"));
      case "uitleg" -> current().explanation(rest);
      case "bron" -> current().source(required(rest, "bron"));
      default -> throw new RuleError(RuleProblem.Kind.SYNTAX, "unknown keyword '" + parts[0]
          + "'; a line starts with regelset, regel, prioriteit, als, dan, uitleg or bron");
    }
  }

  private void header(String rest) throws RuleError {
    if (name != null || draft != null || !rules.isEmpty()) {
      throw new RuleError(RuleProblem.Kind.DUPLICATE, "'regelset' comes once, at the start");
    }
    name = required(rest, "regelset");
  }

  private void startRule(int line, String id) throws RuleError {
    finishRule();
    draft = new Draft(line, required(id, "regel"));
  }

  private Draft current() throws RuleError {
    if (draft == null) {
      throw new RuleError(RuleProblem.Kind.SYNTAX, "this line belongs in a rule: start one with 'regel <ID>'");
    }
    return draft;
  }

  private void finishRule() {
    if (draft == null) {
      return;
    }
    Draft done = draft;
    draft = null;
    List<String> missing = new ArrayList<>();
    if (done.priority == null) {
      missing.add("prioriteit");
    }
    if (done.dutch == null) {
      missing.add("uitleg nl");
    }
    if (done.english == null) {
      missing.add("uitleg en");
    }
    if (done.source == null) {
      missing.add("bron");
    }
    if (!missing.isEmpty()) {
      problems.add(RulesChecker.problem(done.line, done.id, RuleProblem.Kind.MISSING,
          "the rule lacks " + String.join(", ", missing)));
    } else if (!done.broken) {
      rules.add(done.build());
    }
  }

  private static String required(String rest, String keyword) throws RuleError {
    if (rest.isEmpty()) {
      throw new RuleError(RuleProblem.Kind.SYNTAX, "'" + keyword + "' needs an argument");
    }
    return rest;
  }

  private void problem(int line, RuleProblem.Kind kind, String message) {
    String ruleId = draft == null ? null : draft.id;
    if (draft != null) {
      draft.broken = true;
    }
    problems.add(RulesChecker.problem(line, ruleId, kind, message));
  }

  /** A rule while it is being read. */
  private static final class Draft {
    private final int line;
    private final String id;
    private final List<String> conditions = new ArrayList<>();
    private final Set<Niveau> forbidden = EnumSet.noneOf(Niveau.class);
    private final List<Vervolgstap> steps = new ArrayList<>();
    private final Set<Discipline> disciplines = EnumSet.noneOf(Discipline.class);
    private final Set<Expertise> expertises = EnumSet.noneOf(Expertise.class);
    private Integer priority;
    private Niveau minimum;
    private String dutch;
    private String english;
    private String source;
    private boolean broken;

    Draft(int line, String id) {
      this.line = line;
      this.id = id;
    }

    void priority(String text) throws RuleError {
      once(priority, "prioriteit");
      if (!text.matches("-?\\d{1,9}")) {
        throw new RuleError(RuleProblem.Kind.SYNTAX, "a priority is a whole number, not '" + text + "'");
      }
      priority = Integer.valueOf(text);
    }

    void effect(String text) throws RuleError {
      String effect = CodeLists.normalise(text);
      if (effect.startsWith("niveau minstens ")) {
        once(minimum, "dan niveau minstens");
        minimum = ConditionParser.code(Niveau::fromCode, effect.substring(16), "level (niveau)");
      } else if (effect.startsWith("niveau niet ")) {
        forbidden.add(ConditionParser.code(Niveau::fromCode, effect.substring(12), "level (niveau)"));
      } else if (effect.startsWith("vervolgstap ")) {
        steps.add(ConditionParser.code(Vervolgstap::fromCode, effect.substring(12), "step (vervolgstap)"));
      } else if (effect.startsWith("discipline ")) {
        disciplines.add(ConditionParser.code(Discipline::fromCode, effect.substring(11), "discipline"));
      } else if (effect.startsWith("expertise ")) {
        expertises.add(ConditionParser.code(Expertise::fromCode, effect.substring(10), "expertise"));
      } else {
        throw new RuleError(RuleProblem.Kind.SYNTAX, "unknown effect '" + text
            + "'; an effect is niveau minstens, niveau niet, vervolgstap, discipline or expertise");
      }
    }

    void explanation(String text) throws RuleError {
      String[] parts = text.split("\\s+", 2);
      String language = parts[0].toLowerCase(Locale.ROOT);
      String sentence = parts.length > 1 ? parts[1].strip() : "";
      if (!language.equals("nl") && !language.equals("en")) {
        throw new RuleError(RuleProblem.Kind.SYNTAX, "write 'uitleg nl <sentence>' or 'uitleg en <sentence>'");
      }
      required(sentence, "uitleg " + language);
      if (language.equals("nl")) {
        once(dutch, "uitleg nl");
        dutch = sentence;
      } else {
        once(english, "uitleg en");
        english = sentence;
      }
    }

    void source(String text) throws RuleError {
      once(source, "bron");
      source = text;
    }

    RoutingRule build() {
      return RoutingRule.builder()
          .id(id)
          .line(line)
          .priority(priority)
          .addAllConditions(conditions)
          .minimumLevel(Optional.ofNullable(minimum))
          .addAllForbiddenLevels(forbidden)
          .addAllSteps(steps)
          .addAllDisciplines(disciplines)
          .addAllExpertises(expertises)
          .explanationDutch(dutch)
          .explanationEnglish(english)
          .source(source)
          .build();
    }

    private static void once(Object earlier, String keyword) throws RuleError {
      if (earlier != null) {
        throw new RuleError(RuleProblem.Kind.DUPLICATE, "a rule has one '" + keyword + "'");
      }
    }
  }
}
