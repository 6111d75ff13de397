package nl.cjg.core.partner;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Looks up a constant of a code list by its code, ignoring case and surrounding white space. */
final class Codes {
  private Codes() {}

  static <E extends Enum<E>> Optional<E> fromCode(E[] constants, Function<E, String> code, String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(constants).filter(c -> code.apply(c).toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
  }
}
