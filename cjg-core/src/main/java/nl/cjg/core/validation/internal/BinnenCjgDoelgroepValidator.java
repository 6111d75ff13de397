package nl.cjg.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.cjg.core.populatie.BinnenCjgDoelgroep;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Leeftijdsindelingen;

/** Checks rule {@code POPULATIE-003}: an age band lies within the CJG target group, 0 through 23. */
public final class BinnenCjgDoelgroepValidator implements ConstraintValidator<BinnenCjgDoelgroep, Leeftijdsgroep> {
  /** Creates the validator; Hibernate Validator does so once per constraint; not for use outside this library. */
  public BinnenCjgDoelgroepValidator() {}

  @Override
  public boolean isValid(Leeftijdsgroep leeftijdsgroep, ConstraintValidatorContext context) {
    return leeftijdsgroep == null || leeftijdsgroep.ligtBinnen(Leeftijdsindelingen.CJG_DOELGROEP);
  }
}
