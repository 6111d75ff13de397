package nl.cjg.core.casus;

import java.time.LocalDate;
import org.immutables.value.Value;

/** One step of a case's {@link Statusgeschiedenis}: the status reached and the date. Immutable and thread-safe. */
@Value.Immutable
public abstract class Statuswijziging {
  Statuswijziging() {}

  /** The status reached. */
  @Value.Parameter
  public abstract Casusstatus status();

  /** The date it was reached. */
  @Value.Parameter
  public abstract LocalDate datum();

  /**
   * The step to {@code status} on {@code datum}.
   *
   * @param status the status reached
   * @param datum the date
   * @return the step
   */
  public static Statuswijziging of(Casusstatus status, LocalDate datum) {
    return ImmutableStatuswijziging.of(status, datum);
  }

  /**
   * A builder.
   *
   * <p>Required: {@link #status()}, {@link #datum()}; every other attribute is optional, a
   * collection that may stay empty, or has a default. {@code build()} throws an {@link
   * IllegalStateException} that names every required attribute not set.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Statuswijziging}; {@link #builder()} names the required attributes. A list or
   * set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableStatuswijziging.Builder {
    Builder() {}
  }
}
