package nl.cjg.core.verwijsindex;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * When and why a {@link Signaal} stops being active: {@link #datum()} is the first day on which it
 * is no longer active. It holds no BSN and no birth date. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Verval {
  Verval() {}

  /** The first day on which the signal is no longer active. */
  @Value.Parameter
  public abstract LocalDate datum();

  /** Why it stops then. */
  @Value.Parameter
  public abstract Reden reden();

  /** The expiry on {@code datum} for {@code reden}. */
  public static Verval of(LocalDate datum, Reden reden) {
    return ImmutableVerval.of(datum, reden);
  }

  /**
   * A builder.
   *
   * <p>Required: {@link #datum()}, {@link #reden()}; every other attribute is optional, a
   * collection that may stay empty, or has a default. {@code build()} throws an {@link
   * IllegalStateException} that names every required attribute not set.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Verval}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableVerval.Builder {
    Builder() {}
  }

  /**
   * Why a Verwijsindex signal stops being active. When two reasons fall on the same day, the first
   * in this order is given.
   */
  public enum Reden {
    /** Ingetrokken: the signalling organisation withdrew it (unjustified, or the risk is gone). */
    INGETROKKEN,
    /** 23e verjaardag: the young person turned 23, where the Verwijsindex ends. */
    DRIEENTWINTIGSTE_VERJAARDAG,
    /** Bewaartermijn: two years have passed since the registration. */
    TWEE_JAAR_NA_REGISTRATIE
  }
}
