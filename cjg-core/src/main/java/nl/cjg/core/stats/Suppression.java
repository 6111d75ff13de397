package nl.cjg.core.stats;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The suppression patterns of {@link DisclosureControl}: which cells of a line or a grid with
 * totals are withheld.
 */
final class Suppression {
  private Suppression() {}

  /** Primary suppression only, for counts that no published total ties together. */
  static boolean[] primary(long[] counts, DisclosureControl control) {
    boolean[] suppressed = new boolean[counts.length];
    for (int i = 0; i < counts.length; i++) {
      suppressed[i] = control.isSensitive(counts[i]);
    }
    return suppressed;
  }

  /**
   * A line of parts whose last cell is their total: when exactly one cell is suppressed, the
   * smallest other cell (the earliest on a tie) is suppressed too.
   */
  static boolean[] line(long[] partsAndTotal, DisclosureControl control) {
    boolean[] suppressed = primary(partsAndTotal, control);
    int count = 0;
    for (boolean s : suppressed) {
      count += s ? 1 : 0;
    }
    if (count == 1 && partsAndTotal.length > 1) {
      int cheapest = -1;
      for (int i = 0; i < partsAndTotal.length; i++) {
        if (!suppressed[i] && (cheapest < 0 || partsAndTotal[i] < partsAndTotal[cheapest])) {
          cheapest = i;
        }
      }
      suppressed[cheapest] = true;
    }
    return suppressed;
  }

  /**
   * A grid whose last row holds the column totals and whose last column holds the row totals.
   * Suppressed cells are edges between their row and their column; a suppressed cell can be
   * recomputed exactly when its edge is a bridge (lies on no cycle of suppressed cells). While a
   * bridge remains, the cheapest path between its row and column (suppressed cells free, others
   * costing their count plus one) is suppressed, closing a cycle through it. A grid of a single
   * row or column (a table without categories) is suppressed whole when any cell is.
   */
  static boolean[][] grid(long[][] withTotals, DisclosureControl control) {
    int rows = withTotals.length;
    boolean[][] suppressed = new boolean[rows][];
    boolean any = false;
    for (int r = 0; r < rows; r++) {
      suppressed[r] = primary(withTotals[r], control);
      for (boolean s : suppressed[r]) {
        any |= s;
      }
    }
    if (rows < 2 || withTotals[0].length < 2) {
      for (boolean[] row : suppressed) {
        Arrays.fill(row, any);
      }
      return suppressed;
    }
    int[] bridge = bridge(suppressed);
    while (bridge != null) {
      closeCycle(withTotals, suppressed, bridge[0], bridge[1]);
      bridge = bridge(suppressed);
    }
    return suppressed;
  }

  private static int[] bridge(boolean[][] suppressed) {
    for (int r = 0; r < suppressed.length; r++) {
      for (int c = 0; c < suppressed[r].length; c++) {
        if (suppressed[r][c] && !connectedWithout(suppressed, r, c)) {
          return new int[] {r, c};
        }
      }
    }
    return null;
  }

  /** Whether row {@code row} reaches column {@code column} over suppressed cells other than theirs. */
  private static boolean connectedWithout(boolean[][] suppressed, int row, int column) {
    int rows = suppressed.length;
    int columns = suppressed[0].length;
    boolean[] seen = new boolean[rows + columns];
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(row);
    seen[row] = true;
    while (!queue.isEmpty()) {
      int node = queue.poll();
      if (node < rows) {
        for (int c = 0; c < columns; c++) {
          if (suppressed[node][c] && !(node == row && c == column) && !seen[rows + c]) {
            if (c == column) {
              return true;
            }
            seen[rows + c] = true;
            queue.add(rows + c);
          }
        }
      } else {
        int c = node - rows;
        for (int r = 0; r < rows; r++) {
          if (suppressed[r][c] && !(r == row && c == column) && !seen[r]) {
            seen[r] = true;
            queue.add(r);
          }
        }
      }
    }
    return false;
  }

  /** Dijkstra from row {@code row} to column {@code column}, never over the cell they share. */
  private static void closeCycle(long[][] counts, boolean[][] suppressed, int row, int column) {
    int rows = counts.length;
    int columns = counts[0].length;
    int nodes = rows + columns;
    long[] distance = new long[nodes];
    int[] previous = new int[nodes];
    boolean[] done = new boolean[nodes];
    Arrays.fill(distance, Long.MAX_VALUE);
    Arrays.fill(previous, -1);
    distance[row] = 0;
    while (true) {
      int node = -1;
      for (int n = 0; n < nodes; n++) {
        if (!done[n] && distance[n] != Long.MAX_VALUE && (node < 0 || distance[n] < distance[node])) {
          node = n;
        }
      }
      if (node < 0 || node == rows + column) {
        break;
      }
      done[node] = true;
      for (int other = node < rows ? rows : 0; other < (node < rows ? nodes : rows); other++) {
        int r = node < rows ? node : other;
        int c = node < rows ? other - rows : node - rows;
        if (done[other] || (r == row && c == column)) {
          continue;
        }
        long cost = suppressed[r][c] ? 0 : Math.addExact(counts[r][c], 1);
        long candidate = Math.addExact(distance[node], cost);
        if (candidate < distance[other]) {
          distance[other] = candidate;
          previous[other] = node;
        }
      }
    }
    for (int node = rows + column; previous[node] >= 0; node = previous[node]) {
      int from = previous[node];
      int r = node < rows ? node : from;
      int c = node < rows ? from - rows : node - rows;
      suppressed[r][c] = true;
    }
  }
}
