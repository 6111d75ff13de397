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
public abstract class OndernomenActie {
  OndernomenActie() {}

  /** What was tried. */
  @Value.Redacted
  public abstract String omschrijving();

  /** At whom it was aimed: the parents, the child, or third parties. */
  public abstract GerichtOp gerichtOp();

  /** Its effect; the form asks it only when needed. */
  @Value.Redacted
  public abstract Optional<String> effect();

  /**
   * A builder for an action.
   *
   * <p>Required: {@link #omschrijving()}, {@link #gerichtOp()}; every other attribute is
   * optional, a collection that may stay empty, or has a default. {@code build()} throws an
   * {@link IllegalStateException} that names every required attribute not set.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link OndernomenActie}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableOndernomenActie.Builder {
    Builder() {}
  }

  /** At whom an action tried before the case meeting was aimed, as the bespreekformulier groups them. */
  public enum GerichtOp {
    /** Gericht op de ouder(s)/verzorger(s). */
    OUDERS,
    /** Gericht op het kind/de jongere. */
    KIND,
    /** In contact met derden: school, other agencies, the wider network. */
    DERDEN
  }
}
