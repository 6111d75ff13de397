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
  public abstract Vervalreden reden();

  /** The expiry on {@code datum} for {@code reden}. */
  public static Verval of(LocalDate datum, Vervalreden reden) {
    return ImmutableVerval.of(datum, reden);
  }
}
