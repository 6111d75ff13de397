package nl.cjg.core.casus;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code CASUS-005}: a case's {@link Casus#kenmerk()} is a reference, not personal data — it
 * holds nothing that looks like a BSN, a name, an e-mail address, a phone number or a date (see
 * {@link nl.cjg.core.privacy.PersonalDataHeuristic}).
 */
@Documented
@Constraint(validatedBy = KenmerkZonderPersoonsgegevensValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface KenmerkZonderPersoonsgegevens {
  /** The rule id as message key. */
  String message() default "{CASUS-005}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
