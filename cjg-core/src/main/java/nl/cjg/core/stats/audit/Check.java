package nl.cjg.core.stats.audit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Function;

/**
 * One relation a published table states between its cells: a total and its parts, or a
 * percentage and its count and base. A stated value passes when it lies within half a unit of its
 * last shown decimal of the exact value.
 */
abstract class Check {
  enum Outcome {
    PASS,
    FAIL,
    /** A percentage of a base of 0: it cannot be checked. */
    UNDEFINED
  }

  /** The cell whose stated value the check tests. */
  abstract CellRef target();

  /** Every cell the check involves, the target first. */
  abstract List<CellRef> cells();

  /** The kind of finding a failure of this check is. */
  abstract Finding.Kind kind();

  /** The outcome for these values. */
  abstract Outcome evaluate(Function<CellRef, BigDecimal> values);

  /** The value the target should have, at the precision of its stated value. */
  abstract BigDecimal expected(Function<CellRef, BigDecimal> values);

  /**
   * The values at {@code scale} that {@code cell} may take, all other cells as they are, for the
   * check to pass; {@link Interval#all()} when no value of the cell makes the check decidable.
   */
  abstract Interval allowed(CellRef cell, Function<CellRef, BigDecimal> values, int scale);

  /** Half a unit of the last decimal of {@code stated}: 0.5 for 418, 0.05 for 1.4. */
  static BigDecimal halfUnit(BigDecimal stated) {
    return new BigDecimal(BigInteger.valueOf(5), stated.scale() + 1);
  }
}
