package nl.cjg.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.validation.ElfproefGeldig;

/** Checks rule {@code BSN-001}, the eleven-test; an absent BSN is not this rule's concern. */
public final class ElfproefGeldigValidator implements ConstraintValidator<ElfproefGeldig, Bsn> {
  /** Creates the validator; Hibernate Validator does so once per constraint; not for use outside this library. */
  public ElfproefGeldigValidator() {}

  @Override
  public boolean isValid(Bsn bsn, ConstraintValidatorContext context) {
    return bsn == null || bsn.passesElfproef();
  }
}
