package nl.cjg.core.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * Loads the rule messages: {@code ValidationMessages.properties} (Dutch, the default) and
 * {@code ValidationMessages_en.properties} (English), both UTF-8. Unlike
 * {@link ResourceBundle#getBundle(String)} it never falls back to the JVM's default locale, and it
 * works the same on the class path and the module path.
 */
final class MessageBundles {
  private MessageBundles() {}

  /** The messages in English for {@code en}, otherwise in Dutch. */
  static ResourceBundle forLocale(Locale locale) {
    return load(isEnglish(locale) ? "/ValidationMessages_en.properties" : "/ValidationMessages.properties");
  }

  static boolean isEnglish(Locale locale) {
    return locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
  }

  private static ResourceBundle load(String resource) {
    try (InputStream in = MessageBundles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
