package nl.cjg.core.routing;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One reason a rule set was refused: where (the line in its source, and the rule when known), what
 * kind of problem, and a message in English. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RuleProblem {
  RuleProblem() {}

  /** The kinds of problem a rule set can have. */
  public enum Kind {
    /** The text does not follow the rule language. */
    SYNTAX,
    /**
     * A code is not in its code list: a level, step, discipline, expertise, leefgebied, severity,
     * signal or circumstance.
     */
    UNKNOWN_CODE,
    /** A required part is missing: the header, a priority, an effect, an explanation or a source. */
    MISSING,
    /** A rule id or a part of a rule is given twice. */
    DUPLICATE,
    /** A number lies outside its range, such as a priority above 1000, or an id is malformed. */
    OUT_OF_RANGE,
    /** A rule's conditions contradict each other, so it can never fire. */
    NEVER_FIRES,
    /** Two rules of the same priority set and forbid the same level under overlapping conditions. */
    CONFLICT,
    /** A rule forbids the safety level, which nothing may forbid. */
    FORBIDS_SAFETY,
    /** The rule set is too large: too many lines, too long a line, too many rules. */
    LIMIT
  }

  /** The line in the source, from 1; 0 when the problem concerns a rule built in code or the whole set. */
  public abstract int line();

  /** The rule concerned, when known. */
  public abstract Optional<String> ruleId();

  /** What kind of problem. */
  public abstract Kind kind();

  /** What is wrong, in English. */
  public abstract String message();

  /**
   * A builder for a problem.
   *
   * <p>Required: {@link #line()}, {@link #kind()}, {@link #message()}; every other attribute is
   * optional, a collection that may stay empty, or has a default. {@code build()} throws an
   * {@link IllegalStateException} that names every required attribute not set.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RuleProblem}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableRuleProblem.Builder {
    Builder() {}
  }

  /** {@code line 12, rule X: message}. */
  @Override
  public String toString() {
    String where = line() > 0 ? "line " + line() : "rule set";
    return where + ruleId().map(id -> ", rule " + id).orElse("") + ": " + message();
  }
}
