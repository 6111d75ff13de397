package nl.cjg.core.populatie;

import jakarta.validation.ConstraintValidatorContext;

/** Reports a violation of a population rule at one field of one cell: {@code tellingen[i].field}. */
final class TellingViolations {
  private TellingViolations() {}

  static void report(ConstraintValidatorContext context, int index, String field) {
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("tellingen")
        .addPropertyNode(field)
        .inIterable()
        .atIndex(index)
        .addConstraintViolation();
  }
}
