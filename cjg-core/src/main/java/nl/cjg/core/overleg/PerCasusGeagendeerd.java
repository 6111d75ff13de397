package nl.cjg.core.overleg;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code OVERLEG-002}: everything a case meeting records per case (aanschuivende partners,
 * ouders aanwezig, the afsprakenlijst) is about a case on its agenda ({@link
 * Casusoverleg#casussen()}).
 */
@Documented
@Constraint(validatedBy = PerCasusGeagendeerdValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PerCasusGeagendeerd {
  /** The rule id as message key. */
  String message() default "{OVERLEG-002}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
