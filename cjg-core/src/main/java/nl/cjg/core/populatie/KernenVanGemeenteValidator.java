package nl.cjg.core.populatie;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Checks rule {@code POPULATIE-002}: the kernen of a population table lie in its municipality. */
public final class KernenVanGemeenteValidator implements ConstraintValidator<KernenVanGemeente, Populatie> {
  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public KernenVanGemeenteValidator() {}

  @Override
  public boolean isValid(Populatie populatie, ConstraintValidatorContext context) {
    if (populatie == null) {
      return true;
    }
    boolean valid = true;
    List<Populatie.Telling> tellingen = populatie.tellingen();
    for (int i = 0; i < tellingen.size(); i++) {
      boolean elsewhere =
          tellingen.get(i).kern().filter(kern -> !kern.gemeente().equals(populatie.gemeente())).isPresent();
      if (elsewhere) {
        TellingViolations.report(context, i, "kern");
        valid = false;
      }
    }
    return valid;
  }
}
