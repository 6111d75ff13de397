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
}
