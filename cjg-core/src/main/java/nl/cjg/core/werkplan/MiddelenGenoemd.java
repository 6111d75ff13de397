package nl.cjg.core.werkplan;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code COMMUNICATIEPLAN-003}: a {@link Communicatiestap} names at least one means: every
 * step of the plan of approach has its middelenmix. Reported at {@code stappen[i].middelen}.
 */
@Documented
@Constraint(validatedBy = MiddelenGenoemdValidator.class)
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface MiddelenGenoemd {
  /** The rule id as message key. */
  String message() default "{COMMUNICATIEPLAN-003}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
