package nl.cjg.bench;

import java.util.ArrayList;
import java.util.List;
import nl.cjg.core.casus.Casus;
import org.openjdk.jol.info.GraphLayout;

/**
 * The memory a case takes in the heap, as the library's immutable value and as the equivalent
 * plain records ({@link CasusShape}), measured with JOL over many cases so that what they share
 * (the kern constants, enum constants, strings and dates both refer to) is spread thin.
 */
final class MemoryFootprint {
  private MemoryFootprint() {}

  static {
    // Records hide their field offsets from Unsafe; JOL then finds them by probing.
    System.setProperty("jol.magicFieldOffset", "true");
  }

  /**
   * The bytes per case of both forms.
   *
   * @param casussen the cases
   * @return {@code [library, records]}, in bytes per case
   */
  static double[] bytesPerCasus(List<Casus> casussen) {
    // The library's values first: converting them reads their maps, which caches views in them.
    long library = GraphLayout.parseInstance(casussen.toArray()).totalSize();
    List<CasusShape> shapes = new ArrayList<>(casussen.size());
    for (Casus casus : casussen) {
      shapes.add(CasusShape.of(casus));
    }
    long records = GraphLayout.parseInstance(shapes.toArray()).totalSize();
    return new double[] {(double) library / casussen.size(), (double) records / shapes.size()};
  }
}
