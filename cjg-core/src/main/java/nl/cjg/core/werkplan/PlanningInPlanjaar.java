package nl.cjg.core.werkplan;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code WERKPLAN-002}: every item of a {@link Werkplan} is to be realised within the plan
 * year: its deadline ("gerealiseerd voor") lies after 1 January of the plan year and no later than
 * 1 January of the next. Reported at {@code items[i].gerealiseerdVoor}.
 */
@Documented
@Constraint(validatedBy = PlanningInPlanjaarValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PlanningInPlanjaar {
  /** The rule id as message key. */
  String message() default "{WERKPLAN-002}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
