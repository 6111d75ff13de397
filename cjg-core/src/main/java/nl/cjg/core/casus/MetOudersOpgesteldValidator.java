package nl.cjg.core.casus;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks rule {@code GEZINSPLAN-001}: the parents took part. */
public final class MetOudersOpgesteldValidator implements ConstraintValidator<MetOudersOpgesteld, Boolean> {
  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public MetOudersOpgesteldValidator() {}

  @Override
  public boolean isValid(Boolean oudersBetrokken, ConstraintValidatorContext context) {
    return oudersBetrokken == null || oudersBetrokken;
  }
}
