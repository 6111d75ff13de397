package nl.cjg.core.aanbod;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code AANBOD-003}: in a {@link Kengetal}, neither the participants nor those who came
 * exceed the doelgroepgrootte they are a share of: reach and attendance cannot pass 100%.
 * Reported at {@code deelnemers} or {@code opgekomen}.
 */
@Documented
@Constraint(validatedBy = BinnenDoelgroepgrootteValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface BinnenDoelgroepgrootte {
  /** The rule id as message key. */
  String message() default "{AANBOD-003}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
