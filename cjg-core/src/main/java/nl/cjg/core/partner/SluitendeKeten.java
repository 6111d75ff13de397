package nl.cjg.core.partner;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code PARTNER-005}: a {@link Netwerk} serves every age of the CJG target group, 0
 * through 23: the chain of care is closed ("sluitende keten"). Reported at {@code partners}, with
 * the unserved ages as message parameter {@code {hiaten}}.
 */
@Documented
@Constraint(validatedBy = SluitendeKetenValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SluitendeKeten {
  /** The rule id as message key. */
  String message() default "{PARTNER-005}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
