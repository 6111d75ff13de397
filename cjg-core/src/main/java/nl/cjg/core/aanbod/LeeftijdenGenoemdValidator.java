package nl.cjg.core.aanbod;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.cjg.core.populatie.Doelgroepsoort;

/**
 * Checks rule {@code AANBOD-002}: an offering for a group defined by a child's age
 * ({@link Doelgroepsoort#betreftLeeftijd()}) has an age band.
 */
public final class LeeftijdenGenoemdValidator implements ConstraintValidator<LeeftijdenGenoemd, Aanbod> {
  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public LeeftijdenGenoemdValidator() {}

  @Override
  public boolean isValid(Aanbod aanbod, ConstraintValidatorContext context) {
    boolean byAge = aanbod != null && aanbod.voor().stream().anyMatch(Doelgroepsoort::betreftLeeftijd);
    if (!byAge || aanbod.leeftijdsgroep().isPresent()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("leeftijdsgroep")
        .addConstraintViolation();
    return false;
  }
}
