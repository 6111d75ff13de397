package nl.cjg.core.aanbod;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code AANBOD-002}: an {@link Aanbod} for jeugdigen or ouders names the ages of the
 * children it concerns; only an offering solely for parents-to-be, professionals or partners
 * may go without. Reported at {@code leeftijdsgroep}.
 */
@Documented
@Constraint(validatedBy = LeeftijdenGenoemdValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface LeeftijdenGenoemd {
  /** The rule id as message key. */
  String message() default "{AANBOD-002}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
