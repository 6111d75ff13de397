package nl.cjg.examples.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.cjg.core.validation.CjgValidator;

/**
 * Chooses the one language of a run of {@code cjg}: Dutch or English. The first of these that is
 * set decides: the option {@code --lang nl|en} (or its former spelling {@code --english}); the environment variables {@code LC_ALL},
 * {@code LC_MESSAGES} and {@code LANG}, in that order as POSIX reads them (English when the
 * variable's language is {@code en}, as in {@code en_GB.UTF-8}, otherwise Dutch); else Dutch.
 * The JVM's default locale is not asked: it comes from the same variables, and falls back to
 * English where none is set.
 */
final class Language {
  /** The option that chooses the language. */
  static final String OPTION = "--lang";

  /** The former spelling of {@code --lang en} ({@code cjg route --english}), still accepted. */
  static final String ENGLISH_OPTION = "--english";

  /** The environment variables that choose the language when the option is absent, first wins. */
  static final List<String> VARIABLES = List.of("LC_ALL", "LC_MESSAGES", "LANG");

  /** Dutch, the default. */
  static final Locale DUTCH = CjgValidator.DUTCH;

  /** English. */
  static final Locale ENGLISH = Locale.ENGLISH;

  private Language() {}

  /**
   * The language of a run with these arguments in this environment. An unknown {@code --lang}
   * value gives Dutch here; the command line then refuses it as a usage error.
   */
  static Locale of(String[] args, Map<String, String> environment) {
    Optional<String> asked = asked(args);
    if (asked.isPresent()) {
      return parse(asked.get()).orElse(DUTCH);
    }
    for (String variable : VARIABLES) {
      String value = environment.get(variable);
      if (value != null && !value.isEmpty()) {
        return value.toLowerCase(Locale.ROOT).matches("en([_.@-].*)?") ? ENGLISH : DUTCH;
      }
    }
    return DUTCH;
  }

  /** The language a {@code --lang} value names: {@code nl} or {@code en}. */
  static Optional<Locale> parse(String code) {
    return switch (code) {
      case "nl" -> Optional.of(DUTCH);
      case "en" -> Optional.of(ENGLISH);
      default -> Optional.empty();
    };
  }

  /** The value of the last {@code --lang} before {@code --}, if any. */
  private static Optional<String> asked(String[] args) {
    Optional<String> asked = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        break;
      }
      if (args[i].equals(ENGLISH_OPTION)) {
        asked = Optional.of("en");
      } else if (args[i].equals(OPTION) && i + 1 < args.length) {
        asked = Optional.of(args[++i]);
      } else if (args[i].startsWith(OPTION + "=")) {
        asked = Optional.of(args[i].substring(OPTION.length() + 1));
      }
    }
    return asked;
  }
}
