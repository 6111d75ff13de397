package nl.cjg.core.validation;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One broken business rule: its stable id (as listed in {@code docs/validation-rules.md}), where
 * it was found and what is wrong, in the validator's language.
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

  /** A builder for a violation. */
  public static ImmutableViolation.Builder builder() {
    return ImmutableViolation.builder();
  }
}
