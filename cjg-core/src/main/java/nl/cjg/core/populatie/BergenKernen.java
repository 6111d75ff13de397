package nl.cjg.core.populatie;

import java.util.List;
import java.util.Optional;
import nl.cjg.core.id.GemeenteCode;

/**
 * The seven kernen of gemeente Bergen (NH, {@code GM0373}) with their BES cluster
 * (Bergen / Egmond / Schoorl), as the CJG Bergen werkplan 2012 counts them.
 */
public final class BergenKernen {
  /** Bergen, cluster Bergen. */
  public static final Kern BERGEN = kern("Bergen", "Bergen");
  /** Bergen aan Zee, cluster Bergen. */
  public static final Kern BERGEN_AAN_ZEE = kern("Bergen aan Zee", "Bergen");
  /** Egmond aan Zee, cluster Egmond. */
  public static final Kern EGMOND_AAN_ZEE = kern("Egmond aan Zee", "Egmond");
  /** Egmond-Binnen, cluster Egmond. */
  public static final Kern EGMOND_BINNEN = kern("Egmond-Binnen", "Egmond");
  /** Egmond aan den Hoef, cluster Egmond. */
  public static final Kern EGMOND_AAN_DEN_HOEF = kern("Egmond aan den Hoef", "Egmond");
  /** Schoorl, cluster Schoorl. */
  public static final Kern SCHOORL = kern("Schoorl", "Schoorl");
  /** Groet + Camperduin, cluster Schoorl. */
  public static final Kern GROET_CAMPERDUIN = kern("Groet + Camperduin", "Schoorl");

  private static final List<Kern> ALL =
      List.of(BERGEN, BERGEN_AAN_ZEE, EGMOND_AAN_ZEE, EGMOND_BINNEN, EGMOND_AAN_DEN_HOEF, SCHOORL, GROET_CAMPERDUIN);

  private BergenKernen() {}

  /** All seven kernen, in the order of the sources' population table. */
  public static List<Kern> all() {
    return ALL;
  }

  /**
   * The kern with this name, ignoring case.
   *
   * @param naam for example {@code "Egmond-Binnen"}
   * @return the kern, or empty when Bergen has no kern of that name
   */
  public static Optional<Kern> byNaam(String naam) {
    return ALL.stream().filter(kern -> kern.naam().equalsIgnoreCase(naam.strip())).findFirst();
  }

  private static Kern kern(String naam, String cluster) {
    return Kern.builder().naam(naam).gemeente(GemeenteCode.BERGEN_NH).cluster(cluster).build();
  }
}
