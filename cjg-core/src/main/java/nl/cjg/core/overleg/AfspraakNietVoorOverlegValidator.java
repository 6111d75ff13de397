package nl.cjg.core.overleg;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import nl.cjg.core.casus.Afspraak;
import nl.cjg.core.validation.PropertyViolations;

/**
 * Checks rule {@code AFSPRAAK-001}; each agreement due too early is reported at
 * {@code afsprakenlijst[i].uiterlijk}.
 */
public final class AfspraakNietVoorOverlegValidator
    implements ConstraintValidator<AfspraakNietVoorOverleg, Casusoverleg> {
  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public AfspraakNietVoorOverlegValidator() {}

  @Override
  public boolean isValid(Casusoverleg overleg, ConstraintValidatorContext context) {
    if (overleg == null) {
      return true;
    }
    boolean valid = true;
    List<Afspraak> afspraken = overleg.afsprakenlijst();
    for (int i = 0; i < afspraken.size(); i++) {
      if (afspraken.get(i).uiterlijk().isBefore(overleg.datum())) {
        PropertyViolations.atIndex(context, "afsprakenlijst", i, "uiterlijk");
        valid = false;
      }
    }
    return valid;
  }
}
