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
  public Doelstatus status() {
    return Doelstatus.LOPEND;
  }

  /** A builder for a goal. */
  public static ImmutableDoel.Builder builder() {
    return ImmutableDoel.builder();
  }
}
