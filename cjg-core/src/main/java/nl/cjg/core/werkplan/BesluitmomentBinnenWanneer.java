package nl.cjg.core.werkplan;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code PLANVANAANPAK-004}: every decision on an {@link Actie} lies within the action's
 * {@link Actie#wanneer()}. Reported at {@code besluitmomenten[k].datum}.
 */
@Documented
@Constraint(validatedBy = BesluitmomentBinnenWanneerValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface BesluitmomentBinnenWanneer {
  /** The rule id as message key. */
  String message() default "{PLANVANAANPAK-004}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
