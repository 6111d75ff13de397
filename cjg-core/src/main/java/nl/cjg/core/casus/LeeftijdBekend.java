package nl.cjg.core.casus;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code CASUS-002}: the child's age is known, by birth date, age in years or age band.
 * Without it neither the CJG's age range nor the consent the law asks can be checked.
 */
@Documented
@Constraint(validatedBy = LeeftijdBekendValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface LeeftijdBekend {
  /** The rule id as message key. */
  String message() default "{CASUS-002}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
