package nl.cjg.core.overleg;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks rule {@code OVERLEG-001}: the chair's role is {@link Voorzitter.Rol#PROCESREGISSEUR}. */
public final class VoorzitterIsProcesregisseurValidator
    implements ConstraintValidator<VoorzitterIsProcesregisseur, Voorzitter> {
  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public VoorzitterIsProcesregisseurValidator() {}

  @Override
  public boolean isValid(Voorzitter voorzitter, ConstraintValidatorContext context) {
    return voorzitter == null || voorzitter.rol() == Voorzitter.Rol.PROCESREGISSEUR;
  }
}
