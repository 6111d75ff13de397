package nl.cjg.core.routing;

/**
 * Sets of enum constants as the bits of a {@code long}, bit {@code i} for the constant of ordinal
 * {@code i}: what the {@link Router} adds up per situation without making a set.
 */
final class EnumBits {
  private EnumBits() {}

  /**
   * The bits of {@code constants}.
   *
   * @throws IllegalStateException when a constant's ordinal does not fit in a {@code long}
   */
  static long of(Iterable<? extends Enum<?>> constants) {
    long bits = 0;
    for (Enum<?> constant : constants) {
      bits |= bit(constant);
    }
    return bits;
  }

  /**
   * The bit of {@code constant}.
   *
   * @throws IllegalStateException when its ordinal does not fit in a {@code long}
   */
  static long bit(Enum<?> constant) {
    if (constant.ordinal() >= Long.SIZE) {
      throw new IllegalStateException(constant.getDeclaringClass().getSimpleName() + " has more than " + Long.SIZE
          + " constants, too many for a set as the bits of a long");
    }
    return 1L << constant.ordinal();
  }
}
