package nl.cjg.core.casus;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code CASUS-001}: on the form's date the child is 0 to 23 years old ("t/m 23 jaar"), the
 * age range the CJG serves; a birth date after the form's date does not fit either.
 */
@Documented
@Constraint(validatedBy = BinnenCjgLeeftijdValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface BinnenCjgLeeftijd {
  /** The rule id as message key. */
  String message() default "{CASUS-001}";

  /** The highest age in whole years the CJG serves: 23 ("t/m 23 jaar"). */
  int max() default 23;

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
