package nl.cjg.core.casus;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code CASUS-003}: a case discussed with consent that says the child is registered in the
 * Verwijsindex holds the child's BSN, the key of every Verwijsindex signal, or, in a research
 * export, the BSN's pseudonym ({@link Kind#pseudoniem()}). An anonymous case may
 * say so without a BSN: registering is allowed without consent, sharing the identity is not.
 */
@Documented
@Constraint(validatedBy = BsnBijVerwijsindexmeldingValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface BsnBijVerwijsindexmelding {
  /** The rule id as message key. */
  String message() default "{CASUS-003}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
