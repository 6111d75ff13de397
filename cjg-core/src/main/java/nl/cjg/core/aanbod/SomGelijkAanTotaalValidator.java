package nl.cjg.core.aanbod;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks rule {@code AANBOD-004}: a partition's categories add up to its stated total. An
 * overlapping breakdown, or one without a stated total, is not this rule's concern.
 */
public final class SomGelijkAanTotaalValidator implements ConstraintValidator<SomGelijkAanTotaal, Uitsplitsing> {
  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public SomGelijkAanTotaalValidator() {}

  @Override
  public boolean isValid(Uitsplitsing uitsplitsing, ConstraintValidatorContext context) {
    if (uitsplitsing == null || uitsplitsing.overlappend() || uitsplitsing.totaal().isEmpty()) {
      return true;
    }
    if (uitsplitsing.som() == uitsplitsing.totaal().get()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("totaal")
        .addConstraintViolation();
    return false;
  }
}
