package nl.cjg.core.werkplan;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code PLANVANAANPAK-002}: once a gate of a {@link PlanVanAanpak} is decided no-go, no
 * later gate is decided go: the phases after a no-go never started. Reported at
 * {@code fasen[i].goNoGo.besluit}.
 */
@Documented
@Constraint(validatedBy = GeenGoNaNoGoValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface GeenGoNaNoGo {
  /** The rule id as message key. */
  String message() default "{PLANVANAANPAK-002}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
