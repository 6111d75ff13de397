package nl.cjg.core.casus;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code GEZINSPLAN-002}: every agreement of a family plan is about one of the family's cases
 * ({@link Gezinsplan#casussen()}): one family, one plan.
 */
@Documented
@Constraint(validatedBy = AfsprakenOverGezinValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AfsprakenOverGezin {
  /** The rule id as message key. */
  String message() default "{GEZINSPLAN-002}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
