package nl.cjg.core.werkplan;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code PLANVANAANPAK-003}: the gates of a {@link PlanVanAanpak} are decided in the
 * order of the phases: no decided gate is dated before the decision at an earlier phase's gate.
 * Reported at {@code fasen[i].goNoGo.datum}.
 */
@Documented
@Constraint(validatedBy = PoortenInVolgordeValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PoortenInVolgorde {
  /** The rule id as message key. */
  String message() default "{PLANVANAANPAK-003}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
