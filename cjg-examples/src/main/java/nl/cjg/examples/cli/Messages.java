package nl.cjg.examples.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of one run of {@code cjg} in its one language: the messages of the commands
 * ({@code Messages_nl}, {@code Messages_en}) and the usage help that picocli shows
 * ({@code Help_nl}, {@code Help_en}, picocli's own standard texts included). Immutable.
 */
final class Messages {
  private static final String TEXTS = "nl.cjg.examples.cli.Messages";
  private static final String HELP = "nl.cjg.examples.cli.Help";

  private final Locale locale;
  private final ResourceBundle texts;
  private final ResourceBundle help;

  private Messages(Locale locale) {
    this.locale = locale;
    // Each language has its own bundle and there is no base bundle, so the JVM's default locale never mixes in.
    this.texts = ResourceBundle.getBundle(TEXTS, locale);
    this.help = ResourceBundle.getBundle(HELP, locale);
  }

  /** The texts in Dutch or English (see {@link Language}). */
  static Messages of(Locale locale) {
    return new Messages(Language.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Language.ENGLISH : Language.DUTCH);
  }

  /** The language of the run. */
  Locale locale() {
    return locale;
  }

  /** Whether the run speaks English. */
  boolean isEnglish() {
    return locale.equals(Language.ENGLISH);
  }

  /** The usage help for picocli. */
  ResourceBundle help() {
    return help;
  }

  /**
   * The text of a key with its arguments filled in ({@link MessageFormat} in the run's language,
   * so numbers get its separators).
   */
  String text(String key, Object... arguments) {
    return format(key).format(arguments);
  }

  /**
   * The text of a key as a format in the run's language, for a command that fills it in for every
   * record: made once, used on one thread (a {@link MessageFormat} is not thread-safe).
   */
  MessageFormat format(String key) {
    return new MessageFormat(texts.getString(key), locale);
  }

  /**
   * The label of a code in the run's language: the text of {@code key} in English, the code itself
   * (Dutch, as the sources write it) in Dutch or where English has no label for it.
   */
  String label(String key, String code) {
    return isEnglish() && texts.containsKey(key) ? texts.getString(key) : code;
  }

  /** What a file name stands for in a message: the name, or standard input for {@code -}. */
  String input(String name) {
    return Inputs.STDIN.equals(name) ? text("stdin") : name;
  }
}
