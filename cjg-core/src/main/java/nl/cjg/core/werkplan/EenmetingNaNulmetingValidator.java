package nl.cjg.core.werkplan;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks rule {@code COMMUNICATIEPLAN-001}: the 1-meting is held after the 0-meting. */
public final class EenmetingNaNulmetingValidator implements ConstraintValidator<EenmetingNaNulmeting, Communicatieplan> {
  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public EenmetingNaNulmetingValidator() {}

  @Override
  public boolean isValid(Communicatieplan plan, ConstraintValidatorContext context) {
    if (plan == null || plan.nulmeting().isEmpty() || plan.eenmeting().isEmpty()) {
      return true;
    }
    if (plan.eenmeting().get().periode().ligtNa(plan.nulmeting().get().periode())) {
      return true;
    }
    ViolationPaths.atField(context, "eenmeting", "periode");
    return false;
  }
}
