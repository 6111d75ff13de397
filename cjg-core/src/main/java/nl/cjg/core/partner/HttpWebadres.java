package nl.cjg.core.partner;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;

/**
 * Rule {@code PARTNER-004}: the annotated {@link java.net.URI} is a web address: scheme
 * {@code http} or {@code https} and a host. Put it on the type argument of an optional website:
 * {@code Optional<@HttpWebadres URI> website()}. Package-private: it serves {@link Partner#website()}.
 */
@Constraint(validatedBy = HttpWebadres.Validator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@interface HttpWebadres {
  /** The rule id as message key. */
  String message() default "{PARTNER-004}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /**
   * Checks rule {@code PARTNER-004}: a website is an {@code http} or {@code https} address with a
   * host; an absent website is not this rule's concern.
   */
  final class Validator implements ConstraintValidator<HttpWebadres, URI> {
    /** Creates the validator; Hibernate Validator does so once per constraint; not for use outside this library. */
    public Validator() {}

    @Override
    public boolean isValid(URI uri, ConstraintValidatorContext context) {
      if (uri == null) {
        return true;
      }
      String scheme = uri.getScheme();
      boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
      return web && uri.getHost() != null;
    }
  }
}
