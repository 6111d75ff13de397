package nl.cjg.core.overleg;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code AFSPRAAK-001}: no agreement on a meeting's afsprakenlijst is due (uiterlijk) before
 * the meeting's date: an agreement made at a meeting cannot be due before it.
 */
@Documented
@Constraint(validatedBy = AfspraakNietVoorOverlegValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AfspraakNietVoorOverleg {
  /** The rule id as message key. */
  String message() default "{AFSPRAAK-001}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
