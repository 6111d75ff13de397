package nl.cjg.core.populatie;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Optional;

/**
 * Checks rule {@code POPULATIE-001}: a band count does not exceed the total inhabitants of the
 * same kern (or of the municipality); a band without such a total is not this rule's concern.
 */
public final class HoogstInwonersValidator implements ConstraintValidator<HoogstInwoners, Populatie> {
  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public HoogstInwonersValidator() {}

  @Override
  public boolean isValid(Populatie populatie, ConstraintValidatorContext context) {
    if (populatie == null) {
      return true;
    }
    boolean valid = true;
    List<Populatie.Telling> tellingen = populatie.tellingen();
    for (int i = 0; i < tellingen.size(); i++) {
      Populatie.Telling telling = tellingen.get(i);
      if (telling.leeftijdsgroep().isPresent()) {
        Optional<Integer> total =
            telling.kern().isPresent() ? populatie.inwoners(telling.kern().get()) : populatie.inwonersGemeente();
        if (total.isPresent() && telling.aantal() > total.get()) {
          TellingViolations.report(context, i, "aantal");
          valid = false;
        }
      }
    }
    return valid;
  }
}
