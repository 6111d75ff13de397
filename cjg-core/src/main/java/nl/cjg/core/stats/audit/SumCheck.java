package nl.cjg.core.stats.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A total equals the sum of its parts. */
final class SumCheck extends Check {
  private final CellRef total;
  private final List<CellRef> parts;

  SumCheck(CellRef total, List<CellRef> parts) {
    this.total = total;
    this.parts = List.copyOf(parts);
  }

  @Override
  CellRef target() {
    return total;
  }

  @Override
  List<CellRef> cells() {
    List<CellRef> cells = new ArrayList<>();
    cells.add(total);
    cells.addAll(parts);
    return cells;
  }

  @Override
  Finding.Kind kind() {
    return Finding.Kind.SUM;
  }

  private BigDecimal sum(Function<CellRef, BigDecimal> values) {
    BigDecimal sum = BigDecimal.ZERO;
    for (CellRef part : parts) {
      sum = sum.add(values.apply(part));
    }
    return sum;
  }

  @Override
  Outcome evaluate(Function<CellRef, BigDecimal> values) {
    BigDecimal stated = values.apply(total);
    return stated.subtract(sum(values)).abs().compareTo(halfUnit(stated)) <= 0 ? Outcome.PASS : Outcome.FAIL;
  }

  @Override
  BigDecimal expected(Function<CellRef, BigDecimal> values) {
    return sum(values).setScale(values.apply(total).scale(), RoundingMode.HALF_UP);
  }

  @Override
  Interval allowed(CellRef cell, Function<CellRef, BigDecimal> values, int scale) {
    BigDecimal stated = values.apply(total);
    BigDecimal half = halfUnit(stated);
    BigDecimal sum = sum(values);
    if (cell.equals(total)) {
      return Interval.between(sum.subtract(half), sum.add(half), scale);
    }
    BigDecimal others = sum.subtract(values.apply(cell));
    return Interval.between(stated.subtract(half).subtract(others), stated.add(half).subtract(others), scale);
  }
}
