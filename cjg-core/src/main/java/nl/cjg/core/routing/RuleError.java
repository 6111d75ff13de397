package nl.cjg.core.routing;

/** A problem found while reading one line or rule; becomes a {@link RuleProblem} with its place. */
final class RuleError extends Exception {
  private static final long serialVersionUID = 1L;

  private final RuleProblem.Kind kind;

  RuleError(RuleProblem.Kind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  RuleProblem.Kind kind() {
    return kind;
  }
}
