package nl.cjg.core.casus;

import nl.cjg.core.tijd.Periode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An agency that is or was involved with the child or family, and when ("welke instanties zijn of
 * waren bij kind/gezin/jongere betrokken (voor zover bekend) en wanneer?").
 *
 * <p>When is given as a {@link Periode} where possible (usually months: "sinds maart 2011"); {@link #wanneer()} holds what
 * cannot be typed ("in groep 3", "rond de scheiding"). Both may be absent: the form asks only what
 * is known. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class BetrokkenInstantie {
  BetrokkenInstantie() {}

  /** The agency, by name, for example {@code Bureau Jeugdzorg}. */
  public abstract String instantie();

  /** The months of involvement. */
  public abstract Optional<Periode> periode();

  /** When, in words, where no period can be given. */
  public abstract Optional<String> wanneer();

  /**
   * A builder for an involved agency.
   *
   * <p>Required: {@link #instantie()}; every other attribute is optional, a collection that may
   * stay empty, or has a default. {@code build()} throws an {@link IllegalStateException} that
   * names every required attribute not set.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link BetrokkenInstantie}; {@link #builder()} names the required attributes. A list
   * or set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableBetrokkenInstantie.Builder {
    Builder() {}
  }
}
