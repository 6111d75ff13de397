package nl.cjg.core.casus;

import java.util.List;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.core.validation.ValidationResult;

/**
 * Validation helpers of the case tests; the example cases themselves are shared by every module's
 * tests in {@link nl.cjg.core.testkit.Bespreekformulieren}.
 */
final class Voorbeelden {
  static final CjgValidator VALIDATOR = CjgValidator.create();

  private Voorbeelden() {}

  static ValidationResult validate(Object value) {
    return VALIDATOR.validate(value);
  }

  /** Every violation as {@code "RULE-ID path"}, in the validator's order. */
  static List<String> found(Object value) {
    return validate(value).violations().stream().map(v -> v.ruleId() + " " + v.path()).toList();
  }
}
