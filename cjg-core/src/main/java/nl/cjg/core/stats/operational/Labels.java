package nl.cjg.core.stats.operational;

import java.util.Locale;

/** How the code lists of the model are written in published tables. */
final class Labels {
  private Labels() {}

  /**
   * A constant as the sources write it: lower case, words apart ({@code IN_UITVOERING} is
   * {@code in uitvoering}).
   */
  static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
