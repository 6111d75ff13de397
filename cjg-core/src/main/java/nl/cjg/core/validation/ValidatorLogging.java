package nl.cjg.core.validation;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Hibernate Validator's version line ({@code HV000001}, logged at INFO on its first use) out
 * of the embedding application's console when that application has not configured logging.
 *
 * <p>Without a logging backend, Hibernate Validator logs through {@code java.util.logging}, whose
 * default console handler prints INFO to standard error. Only that one logger is touched, and only
 * when nobody set its level: an application that configures {@code java.util.logging} (a
 * {@code logging.properties} naming the logger), or that routes Hibernate Validator to another
 * backend (SLF4J, Log4j 2), gets the line as it configured.
 */
final class ValidatorLogging {
  private static final String VERSION_LOGGER = "org.hibernate.validator.internal.util.Version";

  /** Held here: java.util.logging keeps loggers weakly, and a collected logger forgets its level. */
  private static final Logger VERSION = Logger.getLogger(VERSION_LOGGER);

  private ValidatorLogging() {}

  /** Raises the version logger to WARNING unless its level was configured. */
  static synchronized void quietVersionLine() {
    if (VERSION.getLevel() == null) {
      VERSION.setLevel(Level.WARNING);
    }
  }
}
