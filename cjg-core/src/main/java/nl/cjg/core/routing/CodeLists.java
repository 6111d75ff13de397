package nl.cjg.core.routing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Looks up a constant of a code list by its code as a person types it in a rule set: ignoring
 * case, surrounding white space and runs of white space inside ({@code "vrije  tijd"}).
 */
final class CodeLists {
  private CodeLists() {}

  static <E extends Enum<E>> Optional<E> byCode(E[] constants, Function<E, String> code, String text) {
    String wanted = normalise(text);
    return Arrays.stream(constants).filter(c -> normalise(code.apply(c)).equals(wanted)).findFirst();
  }

  /** Lower case, one space between words, none around them. */
  static String normalise(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
