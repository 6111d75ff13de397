package nl.cjg.bench;

import java.util.List;
import java.util.stream.Collector;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Leeftijdsindelingen;
import nl.cjg.core.stats.CrossTable;
import nl.cjg.core.stats.StatsCollectors;
import nl.cjg.json.CasusCounter;
import nl.cjg.json.CjgJsonReader;

/**
 * The table both statistics benchmarks compute: cases by kern (the Bergen villages) and CJG age
 * band, once with the library's collector and once by a hand-written loop into an {@code int[]}.
 */
final class KernLeeftijd {
  static final List<Kern> KERNEN = BergenKernen.all();
  static final List<Leeftijdsgroep> BANDEN = Leeftijdsindelingen.CJG_LEEFTIJDSGROEPEN.groepen();

  private KernLeeftijd() {}

  /** The library's collector of the table. */
  static Collector<Casus, ?, CrossTable<Kern, Leeftijdsgroep>> collector() {
    return StatsCollectors.crossTable(
        casus -> casus.kind().kern().orElseThrow(),
        KERNEN,
        casus -> Leeftijdsindelingen.CJG_LEEFTIJDSGROEPEN.groepVoor(leeftijd(casus)).orElseThrow(),
        BANDEN);
  }

  /**
   * The library's projection of the same table: {@code CasusCounter} over kern and CJG age band.
   *
   * @param reader the reader whose limits apply
   * @return the counter
   */
  static CasusCounter<Kern, Leeftijdsgroep> counter(CjgJsonReader reader) {
    return CasusCounter.of(
        reader, CasusCounter.Dimension.kern(KERNEN), CasusCounter.Dimension.leeftijdsgroep(Leeftijdsindelingen.CJG_LEEFTIJDSGROEPEN));
  }

  /**
   * The table of a count in which every line must be counted, as in the benchmarks' files.
   *
   * @param result what the counter counted
   * @return the table
   * @throws IllegalStateException when a line had a problem or fell outside the table
   */
  static CrossTable<Kern, Leeftijdsgroep> table(CasusCounter.Result<Kern, Leeftijdsgroep> result) {
    if (result.refused() > 0 || result.outside() > 0) {
      throw new IllegalStateException("not every line counted: " + result);
    }
    return result.table();
  }

  /** The child's age in whole years on the form's date. */
  static int leeftijd(Casus casus) {
    return casus.leeftijdenKind().orElseThrow().van();
  }

  /**
   * The baseline: the same table as counts in a flat array, row by row, written the way a program
   * without the library would: the kern by its name, the band by comparing the age with the
   * bands' bounds.
   *
   * @param casussen the cases
   * @return the counts, {@code counts[kern * 4 + band]}
   */
  static int[] tel(Iterable<Casus> casussen) {
    int[] counts = new int[KERNEN.size() * 4];
    for (Casus casus : casussen) {
      tel(counts, casus);
    }
    return counts;
  }

  /**
   * Counts one case into {@code counts}.
   *
   * @param counts the counts, {@code counts[kern * 4 + band]}
   * @param casus the case
   */
  static void tel(int[] counts, Casus casus) {
    counts[kernIndex(casus.kind().kern().orElseThrow().naam()) * 4 + band(leeftijd(casus))]++;
  }

  /** The row of a Bergen kern, by its name. */
  static int kernIndex(String naam) {
    return switch (naam) {
      case "Bergen" -> 0;
      case "Bergen aan Zee" -> 1;
      case "Egmond aan Zee" -> 2;
      case "Egmond-Binnen" -> 3;
      case "Egmond aan den Hoef" -> 4;
      case "Schoorl" -> 5;
      case "Groet + Camperduin" -> 6;
      default -> throw new IllegalArgumentException("not a Bergen kern");
    };
  }

  private static int band(int leeftijd) {
    if (leeftijd < 0 || leeftijd >= 24) {
      throw new IllegalArgumentException("age outside the CJG bands");
    }
    return leeftijd < 4 ? 0 : leeftijd < 12 ? 1 : leeftijd < 19 ? 2 : 3;
  }

  /**
   * The library's table as the baseline's flat counts, to compare the two.
   *
   * @param table the table
   * @return the counts, {@code counts[kern * 4 + band]}
   */
  static long[] counts(CrossTable<Kern, Leeftijdsgroep> table) {
    long[] counts = new long[KERNEN.size() * BANDEN.size()];
    for (int kern = 0; kern < KERNEN.size(); kern++) {
      for (int band = 0; band < BANDEN.size(); band++) {
        counts[kern * BANDEN.size() + band] = table.count(KERNEN.get(kern), BANDEN.get(band));
      }
    }
    return counts;
  }
}
