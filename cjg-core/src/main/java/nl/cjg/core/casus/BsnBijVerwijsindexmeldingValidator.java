package nl.cjg.core.casus;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.cjg.core.validation.PropertyViolations;

/**
 * Checks rule {@code CASUS-003}: a case with consent registered in the Verwijsindex holds the
 * child's BSN or its pseudonym. Reported at {@code kind.persoonsgegevens.bsn}.
 */
public final class BsnBijVerwijsindexmeldingValidator
    implements ConstraintValidator<BsnBijVerwijsindexmelding, Casus> {
  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public BsnBijVerwijsindexmeldingValidator() {}

  @Override
  public boolean isValid(Casus casus, ConstraintValidatorContext context) {
    if (casus == null
        || !casus.inVerwijsindexGemeld()
        || casus.isAnoniem()
        || casus.kind().persoonsgegevens().flatMap(Persoonsgegevens::bsn).isPresent()
        || casus.kind().pseudoniem().isPresent()) {
      return true;
    }
    PropertyViolations.at(context, "kind", "persoonsgegevens", "bsn");
    return false;
  }
}
