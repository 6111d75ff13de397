package nl.cjg.core.validation;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One broken business rule: its stable id (as listed in {@code docs/validation-rules.md}), where
 * it was found and what is wrong, in the validator's language.
 *
 * <p>A violation of a dataset rule ({@code DATASET-nnn}) also names the record it was found in
 * ({@link #line()}) and, when another record is involved, that one ({@link #relatedLine()}); its
 * path is relative to the record it was found in.
 *
 * <p>The invalid value is only kept when it cannot be personal data (a number, a yes/no or a code
 * from a fixed list); otherwise it is left out. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Violation {
  Violation() {}

  /** The rule id, for example {@code CASUS-004}. */
  public abstract String ruleId();

  /** The property path, for example {@code kind.bsn} or {@code acties[2].effect}; empty for the whole value. */
  public abstract String path();

  /** What is wrong, in Dutch or English. Never contains personal data. */
  public abstract String message();

  /** The rejected value when it is not personal data. */
  public abstract Optional<String> invalidValue();

  /**
   * The record a dataset rule found this in: its line in a dataset file, or its position (from 1)
   * in a dataset checked in memory. Empty for a violation of a single value.
   */
  public abstract Optional<Long> line();

  /** The other record a dataset rule involved (the earlier duplicate, the case referred to), like {@link #line()}. */
  public abstract Optional<Long> relatedLine();

  /** Whether this is an error (the default) or a warning, which does not make a value invalid. */
  @Value.Default
  public Severity severity() {
    return Severity.ERROR;
  }

  /** How serious a violation is. */
  public enum Severity {
    /** The data breaks a rule: it is invalid. */
    ERROR,
    /** A finding to follow up that does not make the data invalid, such as an overdue agreement. */
    WARNING
  }

  /**
   * A builder for a violation.
   *
   * <p>Required: {@link #ruleId()}, {@link #path()}, {@link #message()}; every other attribute is
   * optional, a collection that may stay empty, or has a default. {@code build()} throws an
   * {@link IllegalStateException} that names every required attribute not set.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Violation}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableViolation.Builder {
    Builder() {}
  }
}
