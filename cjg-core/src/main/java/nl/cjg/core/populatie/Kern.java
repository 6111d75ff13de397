package nl.cjg.core.populatie;

import java.util.Optional;
import org.immutables.value.Value;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.id.GemeenteCode;

/**
 * A kern: a village or town of a municipality, the unit in which the sources count population and
 * offerings. A kern may belong to a cluster, such as the BES grouping of Bergen
 * (Bergen / Egmond / Schoorl); the kernen of Bergen are in {@link BergenKernen}.
 *
 * <p>Two kernen are equal when name, municipality and cluster are equal. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Kern {
  Kern() {}

  /** The code of the rule that a kern has a name. */
  public static final String NAME_CODE = "KERN-S01";

  /** The name as the municipality writes it, for example {@code Egmond aan den Hoef}. */
  public abstract String naam();

  /** The municipality the kern lies in. */
  public abstract GemeenteCode gemeente();

  /** The cluster the kern is counted in, for example {@code Egmond} in the BES grouping. */
  public abstract Optional<String> cluster();

  /**
   * A builder for a kern.
   *
   * <p>Required: {@link #naam()}, {@link #gemeente()}; every other attribute is optional, a
   * collection that may stay empty, or has a default. {@code build()} throws an {@link
   * IllegalStateException} that names every required attribute not set, and an {@link
   * InvalidValueException} with the rule's code when the value would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Kern}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableKern.Builder {
    Builder() {}
  }

  @Value.Check
  void checkName() {
    InvalidValueException.require(!naam().isBlank(), NAME_CODE, "a kern needs a name (naam)");
  }
}
