package nl.cjg.core.werkplan;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code COMMUNICATIEPLAN-002}: every step of a {@link Communicatieplan} carries out one
 * of its strategic choices: the step's number is the number of a choice ("De stappen in de
 * linkerkolom verwijzen naar de strategische keuzes uit hoofdstuk 6"). Reported at
 * {@code stappen[i].nummer}.
 */
@Documented
@Constraint(validatedBy = StapVolgtKeuzeValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface StapVolgtKeuze {
  /** The rule id as message key. */
  String message() default "{COMMUNICATIEPLAN-002}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
