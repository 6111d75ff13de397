package nl.cjg.core.stats.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A percentage equals 100 times its count divided by its base. The base is a cell (the total row,
 * or a named column in the same row) or a number from the column's header.
 */
final class PercentageCheck extends Check {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final CellRef percentage;
  private final CellRef count;
  private final CellRef baseCell;
  private final BigDecimal baseNumber;

  private PercentageCheck(CellRef percentage, CellRef count, CellRef baseCell, BigDecimal baseNumber) {
    this.percentage = percentage;
    this.count = count;
    this.baseCell = baseCell;
    this.baseNumber = baseNumber;
  }

  static PercentageCheck ofCell(CellRef percentage, CellRef count, CellRef base) {
    return new PercentageCheck(percentage, count, base, null);
  }

  static PercentageCheck ofNumber(CellRef percentage, CellRef count, BigDecimal base) {
    return new PercentageCheck(percentage, count, null, base);
  }

  @Override
  CellRef target() {
    return percentage;
  }

  @Override
  List<CellRef> cells() {
    List<CellRef> cells = new ArrayList<>(List.of(percentage, count));
    if (baseCell != null && !baseCell.equals(count)) {
      cells.add(baseCell);
    }
    return cells;
  }

  @Override
  Finding.Kind kind() {
    return Finding.Kind.PERCENTAGE;
  }

  private BigDecimal base(Function<CellRef, BigDecimal> values) {
    return baseCell == null ? baseNumber : values.apply(baseCell);
  }

  @Override
  Outcome evaluate(Function<CellRef, BigDecimal> values) {
    BigDecimal base = base(values);
    if (base.signum() == 0) {
      return Outcome.UNDEFINED;
    }
    BigDecimal stated = values.apply(percentage);
    BigDecimal deviation = stated.multiply(base).subtract(HUNDRED.multiply(values.apply(count))).abs();
    return deviation.compareTo(halfUnit(stated).multiply(base)) <= 0 ? Outcome.PASS : Outcome.FAIL;
  }

  @Override
  BigDecimal expected(Function<CellRef, BigDecimal> values) {
    return HUNDRED.multiply(values.apply(count)).divide(base(values), values.apply(percentage).scale(), RoundingMode.HALF_UP);
  }

  @Override
  Interval allowed(CellRef cell, Function<CellRef, BigDecimal> values, int scale) {
    BigDecimal stated = values.apply(percentage);
    BigDecimal half = halfUnit(stated);
    BigDecimal base = base(values);
    BigDecimal hundredCount = HUNDRED.multiply(values.apply(count));
    BigDecimal positive = BigDecimal.ONE.movePointLeft(scale);
    if (cell.equals(count) && cell.equals(baseCell)) {
      boolean hundred = stated.subtract(HUNDRED).abs().compareTo(half) <= 0;
      return hundred ? Interval.between(positive, null, scale) : Interval.none();
    }
    if (cell.equals(baseCell)) {
      Interval allowed = Interval.between(positive, null, scale)
          .intersect(Interval.atLeastQuotient(hundredCount, stated.add(half), scale));
      BigDecimal low = stated.subtract(half);
      return low.signum() > 0 ? allowed.intersect(Interval.atMostQuotient(hundredCount, low, scale)) : allowed;
    }
    if (base.signum() == 0) {
      return Interval.all();
    }
    if (cell.equals(percentage)) {
      return Interval.atLeastQuotient(hundredCount.subtract(half.multiply(base)), base, scale)
          .intersect(Interval.atMostQuotient(hundredCount.add(half.multiply(base)), base, scale));
    }
    BigDecimal perHundred = base.movePointLeft(2);
    return Interval.between(stated.subtract(half).multiply(perHundred), stated.add(half).multiply(perHundred), scale);
  }
}
