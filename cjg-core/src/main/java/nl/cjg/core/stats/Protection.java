package nl.cjg.core.stats;

import java.util.ArrayList;
import java.util.List;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The suppression pattern of {@link DisclosureControl}: which cells of counts tied together by sums
 * are withheld so that an attacker who solves linear programmes from the published cells, the sums
 * and the fact that counts are never negative cannot narrow any sensitive count below its
 * protection interval.
 *
 * <p>Cells are numbered; each sum says that its parts add up to its total. For every sensitive
 * cell and each direction (up by its upper protection level, down by its lower one) a linear
 * programme looks for the cheapest change of the table that keeps every sum, keeps every count
 * at or above 0 and changes no published cell; already withheld cells change for free, others
 * cost their count (or 1, see {@link DisclosureControl.Cost}). The published cells that change
 * are withheld too. Such a change is then a table the attacker cannot rule out, so the attacker's
 * bound in that direction reaches at least the protection level; withholding more cells never
 * narrows a bound, so requirements already met stay met. The sums of a line and of a grid with
 * totals have integral vertices, so the attacker's bounds are whole numbers and the guarantee
 * holds also for an attacker who knows counts are whole. A published 0 is never withheld as a
 * secondary cell (it could only move up), and a grand total only when nothing else protects.
 */
final class Protection {
  private static final double EPSILON = 1e-7;

  private final long[] values;
  private final List<int[]> sums = new ArrayList<>();
  private final int grandTotal;

  private Protection(long[] values, int grandTotal) {
    this.values = values;
    this.grandTotal = grandTotal;
  }

  /**
   * Protects a line of parts whose last cell is their total.
   *
   * @return per cell whether it is withheld
   */
  static boolean[] line(long[] partsAndTotal, DisclosureControl control) {
    Protection protection = new Protection(partsAndTotal, partsAndTotal.length - 1);
    int[] sum = new int[partsAndTotal.length];
    for (int i = 0; i < sum.length; i++) {
      sum[i] = i;
    }
    protection.sums.add(sum);
    return protection.protect(control);
  }

  /**
   * Protects a grid whose last row holds the column totals and whose last column the row totals.
   *
   * @return per cell whether it is withheld
   */
  static boolean[][] grid(long[][] withTotals, DisclosureControl control) {
    int rows = withTotals.length;
    int columns = withTotals[0].length;
    long[] flat = new long[rows * columns];
    for (int r = 0; r < rows; r++) {
      System.arraycopy(withTotals[r], 0, flat, r * columns, columns);
    }
    Protection protection = new Protection(flat, flat.length - 1);
    for (int r = 0; r < rows; r++) {
      int[] sum = new int[columns];
      for (int c = 0; c < columns; c++) {
        sum[c] = r * columns + c;
      }
      protection.sums.add(sum);
    }
    for (int c = 0; c < columns; c++) {
      int[] sum = new int[rows];
      for (int r = 0; r < rows; r++) {
        sum[r] = r * columns + c;
      }
      protection.sums.add(sum);
    }
    boolean[] withheld = protection.protect(control);
    boolean[][] grid = new boolean[rows][columns];
    for (int r = 0; r < rows; r++) {
      System.arraycopy(withheld, r * columns, grid[r], 0, columns);
    }
    return grid;
  }

  /** Primary suppression only, for counts that no published total ties together. */
  static boolean[] primary(long[] counts, DisclosureControl control) {
    boolean[] withheld = new boolean[counts.length];
    for (int i = 0; i < counts.length; i++) {
      withheld[i] = control.isSensitive(counts[i]);
    }
    return withheld;
  }

  private boolean[] protect(DisclosureControl control) {
    boolean[] withheld = primary(values, control);
    for (int cell = 0; cell < values.length; cell++) {
      if (control.isSensitive(values[cell])) {
        long up = control.upperProtection(values[cell]);
        long down = control.lowerProtection(values[cell]);
        if (up > 0) {
          withholdChange(cell, up, withheld, control);
        }
        if (down > 0) {
          withholdChange(cell, -down, withheld, control);
        }
      }
    }
    return withheld;
  }

  /**
   * Withholds the published cells of the cheapest change that moves {@code cell} by {@code by},
   * unless a change of withheld cells alone already does.
   */
  private void withholdChange(int cell, long by, boolean[] withheld, DisclosureControl control) {
    if (!change(cell, by, withheld, control, true).getState().isFeasible()) {
      Optimisation.Result result = change(cell, by, withheld, control, false);
      if (!result.getState().isFeasible()) {
        throw new IllegalStateException("no change of the table protects a sensitive count; this is a defect");
      }
      int variable = 0;
      for (int i = 0; i < values.length; i++) {
        if (i != cell && (withheld[i] || values[i] > 0)) {
          if (result.doubleValue(variable) + result.doubleValue(variable + 1) > EPSILON) {
            withheld[i] = true;
          }
          variable += 2;
        }
      }
    }
  }

  /**
   * The cheapest change that moves {@code cell} by {@code by}, keeps every sum and every count at
   * or above 0, and changes no published 0 (nor any published cell when {@code withheldOnly}): per
   * cell that may change an increase and a decrease, in cell order.
   */
  private Optimisation.Result change(
      int cell, long by, boolean[] withheld, DisclosureControl control, boolean withheldOnly) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] up = new Variable[values.length];
    Variable[] down = new Variable[values.length];
    double expensive = 1; // above the cost of all other cells together
    for (long value : values) {
      expensive += cost(value, control);
    }
    for (int i = 0; i < values.length; i++) {
      if (i == cell || !(withheld[i] || values[i] > 0)) {
        continue;
      }
      if (withheldOnly && !withheld[i]) {
        continue;
      }
      double weight = withheld[i] ? 0 : i == grandTotal ? expensive : cost(values[i], control);
      up[i] = model.addVariable().lower(0).weight(weight);
      down[i] = model.addVariable().lower(0).upper(values[i]).weight(weight);
    }
    for (int[] sum : sums) {
      if (sum.length < 2) {
        continue; // a total without parts states nothing a reader can use, as the table audit reads it
      }
      Expression expression = model.addExpression();
      double level = 0;
      for (int k = 0; k < sum.length; k++) {
        int i = sum[k];
        int sign = k == sum.length - 1 ? -1 : 1;
        if (i == cell) {
          level -= sign * (double) by;
        } else if (up[i] != null) {
          expression.set(up[i], sign);
          expression.set(down[i], -sign);
        }
      }
      expression.level(level);
    }
    return model.minimise();
  }

  private static double cost(long value, DisclosureControl control) {
    return control.cost() == DisclosureControl.Cost.VALUE ? value : 1;
  }
}
