package nl.cjg.core.aanbod;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotEmpty;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code AANBOD-001}: an offering says whom it is for (at least one
 * {@link nl.cjg.core.populatie.Doelgroepsoort}).
 * Composed of {@link NotEmpty}, reported as one violation of this rule.
 */
@Documented
@NotEmpty
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.METHOD, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface VoorWieGenoemd {
  /** The rule id as message key. */
  String message() default "{AANBOD-001}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
