package nl.cjg.core.partner;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.cjg.core.validation.internal.HttpWebadresValidator;

/**
 * Rule {@code PARTNER-004}: the annotated {@link java.net.URI} is a web address: scheme
 * {@code http} or {@code https} and a host. Put it on the type argument of an optional website:
 * {@code Optional<@HttpWebadres URI> website()}.
 */
@Documented
@Constraint(validatedBy = HttpWebadresValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface HttpWebadres {
  /** The rule id as message key. */
  String message() default "{PARTNER-004}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
