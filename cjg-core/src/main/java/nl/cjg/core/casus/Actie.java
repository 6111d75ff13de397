package nl.cjg.core.casus;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A solution or action tried before the case was brought in ("welke oplossingen/acties zijn er tot
 * op heden uitgeprobeerd/ondernomen? Met welk effect?"), with at whom it was aimed.
 *
 * <p>Description and effect are free text about the family and never show in {@code toString}.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Actie {
  Actie() {}

  /** What was tried. */
  @Value.Redacted
  public abstract String omschrijving();

  /** At whom it was aimed: the parents, the child, or third parties. */
  public abstract GerichtOp gerichtOp();

  /** Its effect; the form asks it only when needed. */
  @Value.Redacted
  public abstract Optional<String> effect();

  /** A builder for an action. */
  public static ImmutableActie.Builder builder() {
    return ImmutableActie.builder();
  }
}
