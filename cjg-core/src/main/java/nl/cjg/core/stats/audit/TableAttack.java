package nl.cjg.core.stats.audit;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import nl.cjg.core.stats.table.Cell;
import nl.cjg.core.stats.table.PublishedTable;
import nl.cjg.core.stats.table.TableConventions;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Attacks published tables the way a careful reader can: from every published count, every total
 * the headers and labels state (by the {@link TableConventions}) and the fact that counts are never
 * negative, it derives by linear programming the smallest and largest value each withheld cell can
 * have. A withheld cell whose bounds coincide is disclosed.
 *
 * <p>Use it to check a table before it goes out, also one published by others: the library's own
 * publications are built so that every withheld small count keeps the protection interval of
 * {@link nl.cjg.core.stats.DisclosureControl}. Tables that state the same figure (a margin
 * published on its own, a total repeated in another table) are attacked together by {@link #link
 * linking} those cells: the attacker then uses all tables at once.
 *
 * <p>Counts are whole numbers, so the bounds are rounded inward to whole numbers. Percentage columns
 * are not used, nor differences with earlier releases of the same table. Immutable and
 * thread-safe.
 */
public final class TableAttack {
  private static final double EPSILON = 1e-6;

  private final List<PublishedTable> tables;
  private final List<Key[]> links;

  /**
   * The bounds an attacker derives for one withheld cell.
   *
   * @param table the index of the table in the attack
   * @param row the label of the cell's row
   * @param column the header of the cell's column
   * @param lower the smallest value the cell can have
   * @param upper the largest value it can have; empty when nothing bounds it from above
   */
  public record Bound(int table, String row, String column, long lower, OptionalLong upper) {
    /** Whether the attacker knows the cell's value exactly. */
    public boolean isExact() {
      return upper.isPresent() && upper.getAsLong() == lower;
    }

    /**
     * Whether the bounds reach from {@code from} to {@code to}.
     *
     * @param from the lowest value the attacker must not rule out
     * @param to the highest value the attacker must not rule out
     * @return true when {@code lower <= from} and {@code upper >= to}
     */
    public boolean covers(long from, long to) {
      return lower <= from && (upper.isEmpty() || upper.getAsLong() >= to);
    }
  }

  private record Key(int table, int row, int column) {}

  private TableAttack(List<PublishedTable> tables, List<Key[]> links) {
    this.tables = List.copyOf(tables);
    this.links = List.copyOf(links);
  }

  /**
   * An attack on tables published together.
   *
   * @param tables the tables; a cell is named by its table's index in this list
   * @return the attack, without links
   * @throws nl.cjg.core.stats.table.TableFormatException when a table's headers give a percentage column no valid base
   */
  public static TableAttack on(List<PublishedTable> tables) {
    tables.forEach(Layout::of);
    return new TableAttack(tables, List.of());
  }

  /**
   * An attack on one table.
   *
   * @param table the table
   * @return the attack
   */
  public static TableAttack on(PublishedTable table) {
    return on(List.of(table));
  }

  /**
   * This attack, knowing that two cells state the same figure.
   *
   * @param table the index of the first cell's table
   * @param row the label of its row
   * @param column the header of its column
   * @param otherTable the index of the second cell's table
   * @param otherRow the label of its row
   * @param otherColumn the header of its column
   * @return the attack with this link
   * @throws IllegalArgumentException when a table, row or column does not exist
   */
  public TableAttack link(int table, String row, String column, int otherTable, String otherRow, String otherColumn) {
    List<Key[]> all = new ArrayList<>(links);
    all.add(new Key[] {key(table, row, column), key(otherTable, otherRow, otherColumn)});
    return new TableAttack(tables, all);
  }

  /**
   * The bounds of every withheld cell, table by table, row by row.
   *
   * @return the bounds
   * @throws IllegalArgumentException when the published cells contradict a stated total (audit the
   *     table first), or a count in a sum is not a whole number
   */
  public List<Bound> bounds() {
    Map<Key, Integer> unknowns = new LinkedHashMap<>();
    Map<Key, Key> same = new HashMap<>();
    for (Key[] link : links) {
      same.put(find(same, link[1]), find(same, link[0]));
    }
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    List<Variable> variables = new ArrayList<>();
    Map<Key, Long> known = new HashMap<>();
    for (int t = 0; t < tables.size(); t++) {
      PublishedTable table = tables.get(t);
      for (List<CellRef> sum : Layout.of(table).sums()) {
        for (CellRef cell : sum) {
          Key key = find(same, new Key(t, cell.row(), cell.column()));
          Cell value = table.cell(cell.row(), cell.column());
          if (value.isValue()) {
            known.merge(key, whole(value.value().orElseThrow(), table, cell), (a, b) -> consistent(a, b, table, cell));
          } else if (!unknowns.containsKey(key)) {
            unknowns.put(key, variables.size());
            variables.add(model.addVariable().lower(0));
          }
        }
      }
    }
    for (int t = 0; t < tables.size(); t++) {
      for (List<CellRef> sum : Layout.of(tables.get(t)).sums()) {
        Map<Integer, Integer> coefficients = new LinkedHashMap<>();
        long level = 0;
        for (int k = 0; k < sum.size(); k++) {
          Key key = find(same, new Key(t, sum.get(k).row(), sum.get(k).column()));
          int sign = k == sum.size() - 1 ? -1 : 1;
          Long value = known.get(key);
          if (value != null) {
            level = Math.subtractExact(level, sign * value);
          } else {
            coefficients.merge(unknowns.get(key), sign, Integer::sum);
          }
        }
        Expression expression = model.addExpression();
        coefficients.forEach((variable, coefficient) -> expression.set(variables.get(variable), coefficient));
        expression.level(level);
      }
    }
    double[] smallestSeen = new double[variables.size()];
    Arrays.fill(smallestSeen, Double.POSITIVE_INFINITY);
    List<Bound> bounds = new ArrayList<>();
    for (int t = 0; t < tables.size(); t++) {
      PublishedTable table = tables.get(t);
      for (int r = 0; r < table.rows().size(); r++) {
        for (int c = 0; c < table.dataColumnCount(); c++) {
          Key key = find(same, new Key(t, r, c));
          if (!table.cell(r, c).isSuppressed()) {
            continue;
          }
          String row = table.rows().get(r).label();
          if (known.containsKey(key)) {
            long value = known.get(key);
            bounds.add(new Bound(t, row, table.dataHeader(c), value, OptionalLong.of(value)));
          } else if (unknowns.containsKey(key)) {
            bounds.add(bound(model, variables, unknowns.get(key), smallestSeen, t, table, r, c));
          } else {
            bounds.add(new Bound(t, row, table.dataHeader(c), 0, OptionalLong.empty()));
          }
        }
      }
    }
    return List.copyOf(bounds);
  }

  /**
   * The withheld cells whose value the attacker knows exactly.
   *
   * @return the disclosed cells with their value
   */
  public List<Bound> disclosed() {
    return bounds().stream().filter(Bound::isExact).toList();
  }

  /**
   * The bounds of one unknown. Every solution found is a table the attacker cannot rule out, so a
   * value of 0 seen for the unknown in any of them is its lower bound without solving again.
   */
  private static Bound bound(ExpressionsBasedModel model, List<Variable> variables, int target, double[] smallestSeen,
      int t, PublishedTable table, int r, int c) {
    variables.forEach(variable -> variable.weight(0));
    variables.get(target).weight(1);
    long lower = 0;
    if (smallestSeen[target] > EPSILON) {
      Optimisation.Result lowest = model.minimise();
      if (!lowest.getState().isFeasible()) {
        throw new IllegalArgumentException(
            "the published cells of the tables contradict their totals; audit each table first");
      }
      see(lowest, smallestSeen);
      lower = Math.max(0, (long) Math.ceil(lowest.getValue() - EPSILON));
    }
    Optimisation.Result highest = model.maximise();
    OptionalLong upper;
    if (highest.getState() == Optimisation.State.UNBOUNDED) {
      upper = OptionalLong.empty();
    } else if (highest.getState().isFeasible()) {
      see(highest, smallestSeen);
      upper = OptionalLong.of((long) Math.floor(highest.getValue() + EPSILON));
    } else {
      throw new IllegalArgumentException(
          "the published cells of the tables contradict their totals; audit each table first");
    }
    return new Bound(t, table.rows().get(r).label(), table.dataHeader(c), lower, upper);
  }

  private static void see(Optimisation.Result solution, double[] smallestSeen) {
    for (int i = 0; i < smallestSeen.length; i++) {
      smallestSeen[i] = Math.min(smallestSeen[i], solution.doubleValue(i));
    }
  }

  private Key key(int table, String row, String column) {
    Objects.checkIndex(table, tables.size());
    PublishedTable published = tables.get(table);
    int r = -1;
    for (int i = 0; i < published.rows().size() && r < 0; i++) {
      r = published.rows().get(i).label().equals(row) ? i : -1;
    }
    int c = -1;
    for (int i = 0; i < published.dataColumnCount() && c < 0; i++) {
      c = published.dataHeader(i).equals(column) ? i : -1;
    }
    if (r < 0 || c < 0) {
      throw new IllegalArgumentException("table " + table + " has no cell in row '" + row + "' and column '" + column + "'");
    }
    return new Key(table, r, c);
  }

  private static Key find(Map<Key, Key> same, Key key) {
    Key root = key;
    while (same.containsKey(root) && !same.get(root).equals(root)) {
      root = same.get(root);
    }
    return root;
  }

  private static long whole(BigDecimal value, PublishedTable table, CellRef cell) {
    try {
      return value.longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("the count in row '" + table.rows().get(cell.row()).label()
          + "', column '" + table.dataHeader(cell.column()) + "' is not a whole number", e);
    }
  }

  private static long consistent(long a, long b, PublishedTable table, CellRef cell) {
    if (a != b) {
      throw new IllegalArgumentException("linked cells state different values; row '"
          + table.rows().get(cell.row()).label() + "', column '" + table.dataHeader(cell.column()) + "'");
    }
    return a;
  }
}
