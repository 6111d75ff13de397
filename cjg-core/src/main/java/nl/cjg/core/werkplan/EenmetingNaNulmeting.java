package nl.cjg.core.werkplan;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code COMMUNICATIEPLAN-001}: the 1-meting of a {@link Communicatieplan} is held after
 * the 0-meting has ended ("Na afloop van de campagne wordt een 1-meting gehouden"). Checked when
 * both are present; reported at {@code eenmeting.periode}.
 */
@Documented
@Constraint(validatedBy = EenmetingNaNulmetingValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface EenmetingNaNulmeting {
  /** The rule id as message key. */
  String message() default "{COMMUNICATIEPLAN-001}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
