package nl.cjg.core.casus;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks rule {@code CASUS-002}: a birth date, an age or an age band is given. */
public final class LeeftijdBekendValidator implements ConstraintValidator<LeeftijdBekend, Kind> {
  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public LeeftijdBekendValidator() {}

  @Override
  public boolean isValid(Kind kind, ConstraintValidatorContext context) {
    return kind == null
        || kind.geboortedatum().isPresent()
        || kind.leeftijd().isPresent()
        || kind.leeftijdsgroep().isPresent();
  }
}
