package nl.cjg.core.casus;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code CASUS-004}: the meeting's date is not before the date the form was filled in; the
 * form is filled in before the case is discussed.
 */
@Documented
@Constraint(validatedBy = DatumOverlegNaInvullingValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface DatumOverlegNaInvulling {
  /** The rule id as message key. */
  String message() default "{CASUS-004}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
