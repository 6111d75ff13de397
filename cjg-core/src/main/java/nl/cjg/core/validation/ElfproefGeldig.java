package nl.cjg.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.cjg.core.validation.internal.ElfproefGeldigValidator;

/**
 * Rule {@code BSN-001}: the annotated {@link nl.cjg.core.id.Bsn} passes the eleven-test. Put it on
 * the type argument of an optional BSN: {@code Optional<@ElfproefGeldig Bsn> bsn()}.
 */
@Documented
@Constraint(validatedBy = ElfproefGeldigValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ElfproefGeldig {
  /** The rule id as message key. */
  String message() default "{BSN-001}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
