package nl.cjg.core.casus;

import java.time.YearMonth;
import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A period in whole months, as people remember when an agency was involved ("sinds maart 2011",
 * "van september 2010 tot juni 2011"): from a month, to a month inclusive or still going on.
 *
 * <p>Invariant (code {@value #ORDER_CODE}): the end month is not before the start month. Immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class Periode {
  Periode() {}

  /** The code of the rule that a period does not end before it starts. */
  public static final String ORDER_CODE = "PERIODE-S01";

  /** The first month. */
  @Value.Parameter
  public abstract YearMonth van();

  /** The last month, inclusive; empty while the period goes on. */
  @Value.Parameter
  public abstract Optional<YearMonth> tot();

  /**
   * The months {@code van} through {@code tot}.
   *
   * @param van the first month
   * @param tot the last month, not before {@code van}
   * @return the period
   * @throws InvalidValueException when {@code tot} lies before {@code van}
   */
  public static Periode of(YearMonth van, YearMonth tot) {
    return ImmutablePeriode.of(van, Optional.of(tot));
  }

  /**
   * A period from {@code van} that still goes on.
   *
   * @param van the first month
   * @return the period
   */
  public static Periode vanaf(YearMonth van) {
    return ImmutablePeriode.of(van, Optional.empty());
  }

  @Value.Check
  void checkOrder() {
    InvalidValueException.require(
        tot().map(end -> !end.isBefore(van())).orElse(true),
        ORDER_CODE,
        "a period cannot end (tot) before it starts (van)");
  }
}
