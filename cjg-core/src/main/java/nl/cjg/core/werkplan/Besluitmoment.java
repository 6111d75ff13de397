package nl.cjg.core.werkplan;

import java.time.LocalDate;
import org.immutables.value.Value;
import nl.cjg.core.InvalidValueException;

/**
 * A body deciding on an action of a plan of approach on a day: "College van B&amp;W 18 augustus
 * 2009", "ARC 8 september 2009", "Gemeenteraad 22 september 2009" (001, stap 1).
 *
 * <p>Invariant (code {@value #ORGAAN_CODE}): the body is named. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Besluitmoment {
  Besluitmoment() {}

  /** The code of the rule that the deciding body is named. */
  public static final String ORGAAN_CODE = "BESLUITMOMENT-S01";

  /** The deciding body, by name: "College van B&amp;W", "ARC", "Gemeenteraad". */
  @Value.Parameter
  public abstract String orgaan();

  /** The day of the decision. */
  @Value.Parameter
  public abstract LocalDate datum();

  /** The body {@code orgaan} deciding on {@code datum}. */
  public static Besluitmoment of(String orgaan, LocalDate datum) {
    return ImmutableBesluitmoment.of(orgaan, datum);
  }

  @Value.Check
  void checkOrgaan() {
    InvalidValueException.require(!orgaan().isBlank(), ORGAAN_CODE, "a decision needs the deciding body (orgaan)");
  }

  /**
   * A builder.
   *
   * <p>Required: {@link #orgaan()}, {@link #datum()}; every other attribute is optional, a
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
   * Builds a {@link Besluitmoment}; {@link #builder()} names the required attributes. A list or
   * set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableBesluitmoment.Builder {
    Builder() {}
  }
}
