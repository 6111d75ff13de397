package nl.cjg.core.werkplan;

import java.util.Optional;
import org.immutables.value.Value;
import nl.cjg.core.InvalidValueException;

/**
 * One means of a communication step: a code from {@link Middelsoort} and, where the code alone
 * does not say enough, a label ("brief van wethouder", "groeiboekje jeugdgezondheidszorg").
 *
 * <p>Invariant (code {@value #LABEL_CODE}): a means of kind {@link Middelsoort#OVERIG} has a
 * label, and a label is never blank. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Middel {
  Middel() {}

  /** The code of the rule that an other means is labelled and a label is not blank. */
  public static final String LABEL_CODE = "MIDDEL-S01";

  /** The kind of means. */
  @Value.Parameter
  public abstract Middelsoort soort();

  /** How the plan names it, where the code needs it. */
  @Value.Parameter
  public abstract Optional<String> label();

  /** A means named by its code alone. */
  public static Middel of(Middelsoort soort) {
    return ImmutableMiddel.of(soort, Optional.empty());
  }

  /** A means with a label: {@code of(OVERIG, "tijdelijke jongerensite")}. */
  public static Middel of(Middelsoort soort, String label) {
    return ImmutableMiddel.of(soort, Optional.of(label));
  }

  @Value.Check
  void checkLabel() {
    InvalidValueException.require(
        soort() != Middelsoort.OVERIG || label().isPresent(), LABEL_CODE, "an other means (OVERIG) needs a label");
    InvalidValueException.require(
        label().map(label -> !label.isBlank()).orElse(true), LABEL_CODE, "a means' label is not blank");
  }

  /**
   * A builder.
   *
   * <p>Required: {@link #soort()}; every other attribute is optional, a collection that may stay
   * empty, or has a default. {@code build()} throws an {@link IllegalStateException} that names
   * every required attribute not set, and an {@link InvalidValueException} with the rule's code
   * when the value would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Middel}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableMiddel.Builder {
    Builder() {}
  }
}
