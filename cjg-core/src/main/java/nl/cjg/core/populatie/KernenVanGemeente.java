package nl.cjg.core.populatie;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code POPULATIE-002}: every kern counted in a {@link Populatie} lies in the table's
 * municipality. Reported at {@code tellingen[i].kern}.
 */
@Documented
@Constraint(validatedBy = KernenVanGemeenteValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface KernenVanGemeente {
  /** The rule id as message key. */
  String message() default "{POPULATIE-002}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
