package nl.cjg.core.populatie;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code POPULATIE-001}: in a {@link Populatie}, no age band of a kern counts more people
 * than the kern's total inhabitants, and no age band of the whole municipality more than the
 * municipality's stated total. Reported at {@code tellingen[i].aantal}.
 */
@Documented
@Constraint(validatedBy = HoogstInwonersValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface HoogstInwoners {
  /** The rule id as message key. */
  String message() default "{POPULATIE-001}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
