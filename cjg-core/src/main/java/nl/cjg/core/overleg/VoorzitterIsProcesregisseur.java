package nl.cjg.core.overleg;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code OVERLEG-001}: the chair of a case meeting is the coördinator CJG in the role of
 * procesregisseur, so that procesregie is in place from the start of every case.
 */
@Documented
@Constraint(validatedBy = VoorzitterIsProcesregisseurValidator.class)
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface VoorzitterIsProcesregisseur {
  /** The rule id as message key. */
  String message() default "{OVERLEG-001}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
