package nl.cjg.core.routing;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a rule set is refused; carries every problem found, in line order, so that an
 * author can fix them all at once.
 */
public final class InvalidRulesException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** How many problems the message lists; {@link #problems()} has them all. */
  private static final int SHOWN = 10;

  private final transient List<RuleProblem> problems;

  InvalidRulesException(List<RuleProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in line order. */
  public List<RuleProblem> problems() {
    return problems;
  }

  private static String message(List<RuleProblem> problems) {
    String shown = problems.stream().limit(SHOWN).map(RuleProblem::toString).collect(Collectors.joining("; "));
    String more = problems.size() > SHOWN ? "; and " + (problems.size() - SHOWN) + " more" : "";
    return "the rule set is refused, " + problems.size() + " problem(s): " + shown + more;
  }
}
