package nl.cjg.core.aanbod;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;

/**
 * Checks rule {@code AANBOD-005}: no category of an overlapping breakdown exceeds its stated
 * total. A partition, or a breakdown without a stated total, is not this rule's concern.
 */
public final class CategorieHoogstTotaalValidator implements ConstraintValidator<CategorieHoogstTotaal, Uitsplitsing> {
  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public CategorieHoogstTotaalValidator() {}

  @Override
  public boolean isValid(Uitsplitsing uitsplitsing, ConstraintValidatorContext context) {
    if (uitsplitsing == null || !uitsplitsing.overlappend() || uitsplitsing.totaal().isEmpty()) {
      return true;
    }
    int totaal = uitsplitsing.totaal().get();
    boolean valid = true;
    for (Map.Entry<String, Integer> categorie : uitsplitsing.aantallen().entrySet()) {
      if (categorie.getValue() > totaal) {
        if (valid) {
          context.disableDefaultConstraintViolation();
        }
        context
            .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
            .addPropertyNode("aantallen")
            .addBeanNode()
            .inIterable()
            .atKey(categorie.getKey())
            .addConstraintViolation();
        valid = false;
      }
    }
    return valid;
  }
}
