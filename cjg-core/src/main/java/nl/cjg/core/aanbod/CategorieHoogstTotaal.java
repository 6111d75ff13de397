package nl.cjg.core.aanbod;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code AANBOD-005}: no category of an overlapping {@link Uitsplitsing} counts more than
 * its stated totaal: one counted in several categories still counts once in the total. Reported at
 * {@code aantallen[label]}.
 */
@Documented
@Constraint(validatedBy = CategorieHoogstTotaalValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CategorieHoogstTotaal {
  /** The rule id as message key. */
  String message() default "{AANBOD-005}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
