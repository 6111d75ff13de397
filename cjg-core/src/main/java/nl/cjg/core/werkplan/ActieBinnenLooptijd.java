package nl.cjg.core.werkplan;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code PLANVANAANPAK-001}: every action of a {@link PlanVanAanpak} lies within the plan's
 * {@link PlanVanAanpak#looptijd() looptijd}, when it has one. Reported at
 * {@code fasen[i].acties[j].wanneer}.
 */
@Documented
@Constraint(validatedBy = ActieBinnenLooptijdValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ActieBinnenLooptijd {
  /** The rule id as message key. */
  String message() default "{PLANVANAANPAK-001}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
