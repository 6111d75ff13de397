package nl.cjg.core.casus;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code GEZINSPLAN-001}: a family plan is made with the parents
 * ({@link Gezinsplan#oudersBetrokken()}); the CJG never takes over their responsibility.
 */
@Documented
@Constraint(validatedBy = MetOudersOpgesteldValidator.class)
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface MetOudersOpgesteld {
  /** The rule id as message key. */
  String message() default "{GEZINSPLAN-001}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
