package nl.cjg.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.cjg.core.id.Bsn;

/**
 * Rule {@code BSN-001}: the annotated {@link nl.cjg.core.id.Bsn} passes the eleven-test. Put it on
 * the type argument of an optional BSN: {@code Optional<@ElfproefGeldig Bsn> bsn()}.
 */
@Documented
@Constraint(validatedBy = ElfproefGeldig.Validator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ElfproefGeldig {
  /** The rule id as message key. */
  String message() default "{BSN-001}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /** Checks rule {@code BSN-001}, the eleven-test; an absent BSN is not this rule's concern. */
  final class Validator implements ConstraintValidator<ElfproefGeldig, Bsn> {
    /** Creates the validator; Hibernate Validator does so once per constraint; not for use outside this library. */
    public Validator() {}

    @Override
    public boolean isValid(Bsn bsn, ConstraintValidatorContext context) {
      return bsn == null || bsn.passesElfproef();
    }
  }
}
