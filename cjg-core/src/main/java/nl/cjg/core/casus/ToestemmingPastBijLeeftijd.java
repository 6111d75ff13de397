package nl.cjg.core.casus;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code TOESTEMMING-001}: a case discussed with consent has the consent the WGBO asks at the
 * child's age on the form's date ({@link Toestemmingsleeftijd}): under 12 the parents with
 * authority, 12 to 15 the child and the parents with authority, from 16 the young person. When only
 * an age band is known, the consent must fit every age in it.
 */
@Documented
@Constraint(validatedBy = ToestemmingPastBijLeeftijdValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ToestemmingPastBijLeeftijd {
  /** The rule id as message key. */
  String message() default "{TOESTEMMING-001}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
