package nl.cjg.core.casus;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.cjg.core.validation.PropertyViolations;

/**
 * Checks rule {@code TOESTEMMING-002}: without consent, a reason that is not blank. Reported at
 * {@code redenAnoniem}.
 */
public final class RedenBijAnoniemValidator implements ConstraintValidator<RedenBijAnoniem, Toestemming> {
  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public RedenBijAnoniemValidator() {}

  @Override
  public boolean isValid(Toestemming toestemming, ConstraintValidatorContext context) {
    if (toestemming == null
        || toestemming.metToestemming()
        || toestemming.redenAnoniem().filter(reden -> !reden.isBlank()).isPresent()) {
      return true;
    }
    PropertyViolations.at(context, "redenAnoniem");
    return false;
  }
}
