package nl.cjg.core.casus;

import org.immutables.value.Value;

/**
 * A goal of a family plan and where it stands. The description is free text about the family and
 * never shows in {@code toString}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Doel {
  Doel() {}

  /** What the family wants to reach, as concretely as possible. */
  @Value.Redacted
  public abstract String omschrijving();

  /** Where the goal stands; lopend by default. */
  @Value.Default
  public Status status() {
    return Status.LOPEND;
  }

  /**
   * A builder for a goal.
   *
   * <p>Required: {@link #omschrijving()}; every other attribute is optional, a collection that
   * may stay empty, or has a default. {@code build()} throws an {@link IllegalStateException}
   * that names every required attribute not set.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Doel}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableDoel.Builder {
    Builder() {}
  }

  /** Where a goal of a family plan stands. */
  public enum Status {
    /** Lopend: being worked on. */
    LOPEND,
    /** Bereikt: reached. */
    BEREIKT,
    /** Niet bereikt: given up or not reached in the plan's term. */
    NIET_BEREIKT
  }
}
