package nl.cjg.core.casus;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code TOESTEMMING-002}: a case discussed without consent gives the reason
 * ({@link Toestemming#redenAnoniem()}), as the bespreekformulier asks.
 */
@Documented
@Constraint(validatedBy = RedenBijAnoniemValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface RedenBijAnoniem {
  /** The rule id as message key. */
  String message() default "{TOESTEMMING-002}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
