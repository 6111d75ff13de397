package nl.cjg.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The problem messages in one language: {@code messages.properties} (Dutch, the default) or
 * {@code messages_en.properties} (English), UTF-8, beside this class. Placeholders {@code {0}},
 * {@code {1}} are filled with limits, names of the model or kind words, never with input text.
 * Immutable and thread-safe.
 */
final class ProblemMessages {
  private final ResourceBundle bundle;

  private ProblemMessages(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  /** The messages in English for {@code en}, otherwise in Dutch. */
  static ProblemMessages forLocale(Locale locale) {
    boolean english = locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
    return new ProblemMessages(load(english ? "messages_en.properties" : "messages.properties"));
  }

  /** The message with this key, placeholders filled in order. */
  String format(String key, Object... arguments) {
    String message = bundle.getString(key);
    for (int i = 0; i < arguments.length; i++) {
      message = message.replace("{" + i + "}", String.valueOf(arguments[i]));
    }
    return message;
  }

  /** The word for a kind of value, such as "a date like 2012-04-01". */
  String kind(ValueKind kind) {
    return bundle.getString("kind." + kind.key());
  }

  private static ResourceBundle load(String resource) {
    try (InputStream in = ProblemMessages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
