package nl.cjg.core.casus;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.validation.PropertyViolations;

/**
 * Checks rule {@code TOESTEMMING-001}: with consent, everyone {@link
 * Toestemmingsleeftijd#vereistVoor} names for the child's possible ages consented. Reported at
 * {@code toestemming.gegevenDoor}. Anonymous cases, and cases whose child's age is unknown (rule
 * {@code CASUS-002}), pass.
 */
public final class ToestemmingPastBijLeeftijdValidator
    implements ConstraintValidator<ToestemmingPastBijLeeftijd, Casus> {
  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public ToestemmingPastBijLeeftijdValidator() {}

  @Override
  public boolean isValid(Casus casus, ConstraintValidatorContext context) {
    if (casus == null || casus.isAnoniem()) {
      return true;
    }
    Optional<Leeftijdsgroep> leeftijden = casus.leeftijdenKind();
    if (leeftijden.isEmpty()
        || casus.toestemming().gegevenDoor().containsAll(Toestemmingsleeftijd.vereistVoor(leeftijden.get()))) {
      return true;
    }
    PropertyViolations.at(context, "toestemming", "gegevenDoor");
    return false;
  }
}
