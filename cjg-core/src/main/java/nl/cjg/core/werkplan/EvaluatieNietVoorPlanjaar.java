package nl.cjg.core.werkplan;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code WERKPLAN-001}: every evaluation of a {@link Werkplan} and of its items is dated in
 * or after the plan year. Reported at the evaluation's date, for example
 * {@code items[1].evaluaties[0].datum}.
 */
@Documented
@Constraint(validatedBy = EvaluatieNietVoorPlanjaarValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface EvaluatieNietVoorPlanjaar {
  /** The rule id as message key. */
  String message() default "{WERKPLAN-001}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
