package nl.cjg.core.validation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The outcome of validating one value or one dataset: every violation found, in a stable order (a
 * value's by path, then rule id; a dataset's by record, then path and rule id). Valid when none
 * of them is an error: warnings do not make a value invalid. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ValidationResult {
  ValidationResult() {}

  /** All violations, errors and warnings, in a stable order. */
  public abstract List<Violation> violations();

  /** Whether the value broke no rule: no violation is an error (there may be warnings). */
  public boolean isValid() {
    return violations().stream().noneMatch(violation -> violation.severity() == Violation.Severity.ERROR);
  }

  /** The ids of the rules that were broken. */
  public Set<String> ruleIds() {
    return violations().stream().map(Violation::ruleId).collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /** A result with these violations. */
  public static ValidationResult of(List<Violation> violations) {
    return ImmutableValidationResult.builder().violations(violations).build();
  }

  /**
   * A builder.
   *
   * <p>Nothing is required: every attribute is optional, a collection that may stay empty, or has
   * a default. {@code build()} throws an {@link IllegalStateException} that names every required
   * attribute not set.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ValidationResult}; {@link #builder()} names the required attributes. A list
   * or set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableValidationResult.Builder {
    Builder() {}
  }
}
