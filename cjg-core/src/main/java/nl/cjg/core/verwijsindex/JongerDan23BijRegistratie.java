package nl.cjg.core.verwijsindex;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code SIGNAAL-001}: on the date of registration the young person is born and has not
 * reached the 23rd birthday, when the Verwijsindex stops serving them (with the leap-day rule of
 * {@link nl.cjg.core.populatie.Leeftijd}).
 */
@Documented
@Constraint(validatedBy = JongerDan23BijRegistratieValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface JongerDan23BijRegistratie {
  /** The rule id as message key. */
  String message() default "{SIGNAAL-001}";

  /** The birthday on which the Verwijsindex stops: the 23rd. */
  int verjaardag() default 23;

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
