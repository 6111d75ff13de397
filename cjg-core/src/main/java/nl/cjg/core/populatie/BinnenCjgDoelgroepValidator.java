package nl.cjg.core.populatie;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks rule {@code POPULATIE-003}: an age band lies within the CJG target group, 0 through 23. */
public final class BinnenCjgDoelgroepValidator implements ConstraintValidator<BinnenCjgDoelgroep, Leeftijdsgroep> {
  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public BinnenCjgDoelgroepValidator() {}

  @Override
  public boolean isValid(Leeftijdsgroep leeftijdsgroep, ConstraintValidatorContext context) {
    return leeftijdsgroep == null || leeftijdsgroep.ligtBinnen(Leeftijdsindelingen.CJG_DOELGROEP);
  }
}
