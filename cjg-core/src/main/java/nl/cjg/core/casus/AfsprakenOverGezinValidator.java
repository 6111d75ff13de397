package nl.cjg.core.casus;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import nl.cjg.core.validation.PropertyViolations;

/** Checks rule {@code GEZINSPLAN-002}; each stray agreement is reported at {@code afspraken[i].casus}. */
public final class AfsprakenOverGezinValidator implements ConstraintValidator<AfsprakenOverGezin, Gezinsplan> {
  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public AfsprakenOverGezinValidator() {}

  @Override
  public boolean isValid(Gezinsplan plan, ConstraintValidatorContext context) {
    if (plan == null) {
      return true;
    }
    boolean valid = true;
    List<Afspraak> afspraken = plan.afspraken();
    for (int i = 0; i < afspraken.size(); i++) {
      if (!plan.casussen().contains(afspraken.get(i).casus())) {
        PropertyViolations.atIndex(context, "afspraken", i, "casus");
        valid = false;
      }
    }
    return valid;
  }
}
