package nl.cjg.core.overleg;

import org.immutables.value.Value;

/**
 * The chair of a case meeting: a name and the role the chair has. The name is personal data and
 * never shows in {@code toString}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Voorzitter {
  Voorzitter() {}

  /** The chair's name. */
  @Value.Redacted
  @Value.Parameter
  public abstract String naam();

  /** The chair's role; rule {@code OVERLEG-001} asks for the procesregisseur. */
  @Value.Parameter
  public abstract Overlegrol rol();

  /**
   * The chair {@code naam} in role {@code rol}.
   *
   * @param naam the name
   * @param rol the role
   * @return the chair
   */
  public static Voorzitter of(String naam, Overlegrol rol) {
    return ImmutableVoorzitter.of(naam, rol);
  }
}
