package nl.cjg.core.aanbod;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/**
 * Checks rule {@code AANBOD-003}: deelnemers and opgekomen do not exceed the doelgroepgrootte. A
 * measure without a doelgroepgrootte is not this rule's concern; contacts may exceed it (one
 * person can have several), and so may contacts against the BTP norm.
 */
public final class BinnenDoelgroepgrootteValidator implements ConstraintValidator<BinnenDoelgroepgrootte, Kengetal> {
  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public BinnenDoelgroepgrootteValidator() {}

  @Override
  public boolean isValid(Kengetal kengetal, ConstraintValidatorContext context) {
    if (kengetal == null || kengetal.doelgroepgrootte().isEmpty()) {
      return true;
    }
    int base = kengetal.doelgroepgrootte().get();
    boolean deelnemers = exceeds(kengetal.deelnemers(), base);
    boolean opgekomen = exceeds(kengetal.opgekomen(), base);
    if (!deelnemers && !opgekomen) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    if (deelnemers) {
      report(context, "deelnemers");
    }
    if (opgekomen) {
      report(context, "opgekomen");
    }
    return false;
  }

  private static boolean exceeds(Optional<Integer> count, int base) {
    return count.filter(value -> value > base).isPresent();
  }

  private static void report(ConstraintValidatorContext context, String field) {
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode(field)
        .addConstraintViolation();
  }
}
