package nl.cjg.core.aanbod;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code AANBOD-004}: the categories of a partition (an {@link Uitsplitsing} that is not
 * overlappend) add up to its stated totaal. Reported at {@code totaal}.
 */
@Documented
@Constraint(validatedBy = SomGelijkAanTotaalValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SomGelijkAanTotaal {
  /** The rule id as message key. */
  String message() default "{AANBOD-004}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
