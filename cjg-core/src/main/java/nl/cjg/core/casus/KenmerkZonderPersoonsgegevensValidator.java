package nl.cjg.core.casus;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.cjg.core.privacy.PersonalDataHeuristic;
import nl.cjg.core.validation.PropertyViolations;

/** Checks rule {@code CASUS-005}: a kenmerk that does not look like personal data. Reported at {@code kenmerk}. */
public final class KenmerkZonderPersoonsgegevensValidator implements ConstraintValidator<KenmerkZonderPersoonsgegevens, Casus> {
  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public KenmerkZonderPersoonsgegevensValidator() {}

  @Override
  public boolean isValid(Casus casus, ConstraintValidatorContext context) {
    if (casus == null || !PersonalDataHeuristic.looksLikePersonalData(casus.kenmerk())) {
      return true;
    }
    PropertyViolations.at(context, "kenmerk");
    return false;
  }
}
