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
  public abstract Rol rol();

  /**
   * The chair {@code naam} in role {@code rol}.
   *
   * @param naam the name
   * @param rol the role
   * @return the chair
   */
  public static Voorzitter of(String naam, Rol rol) {
    return ImmutableVoorzitter.of(naam, rol);
  }

  /**
   * A builder.
   *
   * <p>Required: {@link #naam()}, {@link #rol()}; every other attribute is optional, a collection
   * that may stay empty, or has a default. {@code build()} throws an {@link
   * IllegalStateException} that names every required attribute not set.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Voorzitter}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableVoorzitter.Builder {
    Builder() {}
  }

  /** The role someone has in a case meeting. */
  public enum Rol {
    /**
     * Coördinator CJG, tevens procesregisseur: chairs the meeting, keeps an eye on the process and
     * steers on the agreements, without a substantive role in the case.
     */
    PROCESREGISSEUR,
    /** A member of the fixed CJG team of the core organisations. */
    TEAMLID,
    /** A partner who joins for one case (aanschuivende partner). */
    PARTNER,
    /** The zorgcoördinator of a case, who holds the regie of its family plan. */
    ZORGCOORDINATOR
  }
}
