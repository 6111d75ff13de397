package nl.cjg.core.populatie;

import java.util.Optional;
import org.immutables.value.Value;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.id.GemeenteCode;

/**
 * A kern: a village or town of a municipality, the unit in which the seeds count population and
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

  /** A builder for a kern. */
  public static ImmutableKern.Builder builder() {
    return ImmutableKern.builder();
  }

  @Value.Check
  void checkName() {
    InvalidValueException.require(!naam().isBlank(), NAME_CODE, "a kern needs a name (naam)");
  }
}
