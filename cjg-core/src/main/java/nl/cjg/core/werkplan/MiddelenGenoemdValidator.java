package nl.cjg.core.werkplan;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Checks rule {@code COMMUNICATIEPLAN-003}: a step names at least one means. */
public final class MiddelenGenoemdValidator implements ConstraintValidator<MiddelenGenoemd, List<Middel>> {
  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public MiddelenGenoemdValidator() {}

  @Override
  public boolean isValid(List<Middel> middelen, ConstraintValidatorContext context) {
    return middelen == null || !middelen.isEmpty();
  }
}
