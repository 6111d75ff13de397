package nl.cjg.core.id;

/**
 * An identifier of an organisation or a region: not personal data, so it shows itself in
 * {@link #toString()}. Equal by class and canonical text; ordered by canonical text.
 *
 * @param <T> the concrete identifier type
 */
abstract sealed class PublicIdentifier<T extends PublicIdentifier<T>> implements Comparable<T>
    permits AgbCode, KvkNummer, GemeenteCode, WijkCode, BuurtCode {
  private final String value;

  PublicIdentifier(String value) {
    this.value = value;
  }

  /** The canonical text of this identifier. */
  public final String value() {
    return value;
  }

  @Override
  public final int compareTo(T other) {
    return value.compareTo(other.value());
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((PublicIdentifier<?>) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** The canonical text, for example {@code GM0373}. */
  @Override
  public final String toString() {
    return value;
  }
}
