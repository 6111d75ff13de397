package nl.cjg.examples.embedding;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Function;
import nl.cjg.core.stats.CrossTable;
import nl.cjg.core.stats.DisclosureControl;
import nl.cjg.core.stats.table.PublishedTable;
import nl.cjg.core.stats.table.TableCsv;

/**
 * Embedding example: compute a table and publish it with suppression. The counts are the results of
 * the opvoedspreekuur in Egmond and Bergen (Werkplan CJG Bergen 2012, uitwerking 1, aanbod JGZ, opvoedspreekuur, resultaat contact), with the one cell the
 * table audit corrects (Egmond, "Probleem beter hanteerbaar": 3 where the source prints 2); the published table
 * suppresses the small cells (and enough others that they cannot be recomputed from the totals) and
 * is written as CSV.
 */
public final class PubliceerTabel {
  private PubliceerTabel() {}

  /**
   * Prints the table twice: for internal use, and protected for publication.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Prints the table twice: for internal use, and protected for publication.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    CrossTable<String, String> resultaat =
        CrossTable.of(
            List.of("Andere aanpak uitproberen", "Probleem beter hanteerbaar", "Probleem opgelost", "Probleem ongewijzigd",
                "Doorverwijzing", "Nvt / anders / onbekend"),
            List.of("Egmond", "Bergen"),
            new long[][] {{17, 3}, {3, 7}, {2, 1}, {2, 2}, {6, 3}, {1, 1}});

    PublishedTable intern = resultaat.publish("Resultaat contact", Function.identity(), Function.identity(),
        DisclosureControl.internalUseOnly());
    PublishedTable publicatie = resultaat.publish("Resultaat contact", Function.identity(), Function.identity());

    out.println("Voor intern gebruik:");
    out.print(TableCsv.write(intern));
    out.println();
    out.println("Voor publicatie (kleine aantallen onderdrukt als x):");
    out.print(TableCsv.write(publicatie));
  }
}
