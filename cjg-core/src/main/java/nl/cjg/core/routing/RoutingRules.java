package nl.cjg.core.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A checked, compiled set of {@link RoutingRule}s for the {@link Router}: the Bergen 2012 rules
 * bundled with this library ({@link #bergen2012()}), or a municipality's own, read from text
 * ({@link #read(Reader)}) or built in code ({@link #of(String, List)}). The rule language and the
 * Bergen rules are documented in {@code docs/routing-rules.md}.
 *
 * <p>A set that exists is sound: every code is known, every rule can fire, no two rules of the
 * same priority set and forbid the same level for one situation, no rule forbids the safety level,
 * and the limits ({@value #MAX_LINES} lines of at most {@value #MAX_LINE_LENGTH} characters,
 * {@value #MAX_RULES} rules) hold. Anything else is refused with an {@link InvalidRulesException}
 * that lists every problem with its line. Conditions are compiled once, so routing costs a few
 * integer comparisons per rule. Immutable and thread-safe.
 */
public final class RoutingRules {
  /** The most lines a rule set's text may have. */
  public static final int MAX_LINES = 5000;

  /** The most characters a line may have. */
  public static final int MAX_LINE_LENGTH = 500;

  /** The most rules a set may have. */
  public static final int MAX_RULES = 500;

  /** The highest priority; the lowest is 0. */
  public static final int MAX_PRIORITY = 1000;

  private static final String BERGEN_2012 = "bergen-2012.rules";

  private final String name;
  private final List<RoutingRule> rules;
  private final RuleTable table;

  RoutingRules(String name, List<RoutingRule> rules) {
    this.name = name;
    this.rules = List.copyOf(rules);
    this.table = new RuleTable(RulesChecker.compile(this.rules));
  }

  /**
   * Reads a rule set from text in the rule language. The reader is read to its end (or to the
   * line limit) but not closed.
   *
   * @param reader the text
   * @return the checked rule set
   * @throws InvalidRulesException when the text breaks the language or a rule of the set, with every problem found
   * @throws IOException when the reader fails
   */
  public static RoutingRules read(Reader reader) throws IOException {
    return RulesParser.parse(Objects.requireNonNull(reader, "reader"));
  }

  /**
   * A rule set of rules built in code.
   *
   * @param name the set's name, for example {@code Bergen 2012}
   * @param rules the rules; rules of equal priority are applied in this order
   * @return the checked rule set
   * @throws InvalidRulesException when the name is blank or a rule breaks a rule of the set
   */
  public static RoutingRules of(String name, List<RoutingRule> rules) {
    Objects.requireNonNull(name, "name");
    List<RuleProblem> problems = new ArrayList<>();
    if (name.isBlank()) {
      problems.add(RulesChecker.problem(0, null, RuleProblem.Kind.MISSING, "a rule set needs a name"));
    }
    problems.addAll(RulesChecker.check(rules));
    if (!problems.isEmpty()) {
      throw new InvalidRulesException(problems);
    }
    return new RoutingRules(name, rules);
  }

  /**
   * The routing rules of CJG Bergen, 2012, drawn from the werkplan 2012, the plan van aanpak and
   * the meldcode; bundled with this library as {@code nl/cjg/core/routing/bergen-2012.rules}.
   */
  public static RoutingRules bergen2012() {
    return Bergen2012.RULES;
  }

  /** The name of the set, for example {@code Bergen 2012}. */
  public String name() {
    return name;
  }

  /** The rules, in the order of their source. */
  public List<RoutingRule> rules() {
    return rules;
  }

  /** The compiled rules in evaluation order (highest priority first, then source order), as bit masks. */
  RuleTable table() {
    return table;
  }

  @Override
  public String toString() {
    return "RoutingRules{" + name + ", " + rules.size() + " rules}";
  }

  /** Loads the bundled Bergen rules once, on first use. */
  private static final class Bergen2012 {
    static final RoutingRules RULES = load();

    private static RoutingRules load() {
      try (InputStream in = RoutingRules.class.getResourceAsStream(BERGEN_2012)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + BERGEN_2012);
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + BERGEN_2012, e);
      }
    }
  }
}
