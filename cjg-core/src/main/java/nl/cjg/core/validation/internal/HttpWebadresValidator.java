package nl.cjg.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import nl.cjg.core.partner.HttpWebadres;

/**
 * Checks rule {@code PARTNER-004}: a website is an {@code http} or {@code https} address with a
 * host; an absent website is not this rule's concern.
 */
public final class HttpWebadresValidator implements ConstraintValidator<HttpWebadres, URI> {
  /** Creates the validator; Hibernate Validator does so once per constraint; not for use outside this library. */
  public HttpWebadresValidator() {}

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
