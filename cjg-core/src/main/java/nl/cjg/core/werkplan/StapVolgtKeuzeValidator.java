package nl.cjg.core.werkplan;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks rule {@code COMMUNICATIEPLAN-002}: every step carries out a strategic choice of the plan. */
public final class StapVolgtKeuzeValidator implements ConstraintValidator<StapVolgtKeuze, Communicatieplan> {
  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public StapVolgtKeuzeValidator() {}

  @Override
  public boolean isValid(Communicatieplan plan, ConstraintValidatorContext context) {
    if (plan == null) {
      return true;
    }
    boolean valid = true;
    for (int i = 0; i < plan.stappen().size(); i++) {
      if (plan.keuze(plan.stappen().get(i).nummer()).isEmpty()) {
        ViolationPaths.atElementField(context, "stappen", i, "nummer");
        valid = false;
      }
    }
    return valid;
  }
}
