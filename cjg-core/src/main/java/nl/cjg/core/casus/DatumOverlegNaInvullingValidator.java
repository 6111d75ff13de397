package nl.cjg.core.casus;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.cjg.core.validation.PropertyViolations;

/**
 * Checks rule {@code CASUS-004}: datum overleg, when known, is not before datum invulling.
 * Reported at {@code datumOverleg}.
 */
public final class DatumOverlegNaInvullingValidator
    implements ConstraintValidator<DatumOverlegNaInvulling, Casus> {
  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public DatumOverlegNaInvullingValidator() {}

  @Override
  public boolean isValid(Casus casus, ConstraintValidatorContext context) {
    if (casus == null || casus.datumOverleg().filter(overleg -> overleg.isBefore(casus.datumInvulling())).isEmpty()) {
      return true;
    }
    PropertyViolations.at(context, "datumOverleg");
    return false;
  }
}
