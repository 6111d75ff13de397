package nl.cjg.core;

import java.util.Objects;

/**
 * Thrown when a value cannot exist: text that is not an identifier, or a value type whose
 * structural invariant does not hold (an age band whose lower bound is not below its upper bound,
 * a negative count, an anonymous case holding a name).
 *
 * <p>Every instance carries a stable {@link #code() code} (listed in {@code docs/validation-rules.md})
 * and a message in the user's terms that never contains personal data: it names the field and the
 * rule, never the rejected text.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String code;

  /**
   * Creates the exception.
   *
   * @param code the stable code of the broken rule, for example {@code BSN-S01}
   * @param message what is wrong and where, without personal data
   */
  public InvalidValueException(String code, String message) {
    super(code + ": " + Objects.requireNonNull(message, "message"));
    this.code = Objects.requireNonNull(code, "code");
  }

  /** The stable code of the broken rule, for example {@code LEEFTIJDSGROEP-S01}. */
  public String code() {
    return code;
  }

  /**
   * Throws an {@code InvalidValueException} when {@code condition} is false; the building block of
   * every {@code @Value.Check} in this library.
   *
   * @param condition the invariant that must hold
   * @param code the stable code of the invariant
   * @param message what is wrong, without personal data
   */
  public static void require(boolean condition, String code, String message) {
    if (!condition) {
      throw new InvalidValueException(code, message);
    }
  }
}
