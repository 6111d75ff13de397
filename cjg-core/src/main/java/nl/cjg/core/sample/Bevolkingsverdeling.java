package nl.cjg.core.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Populatie;

/**
 * Where generated children live and how old they are: a distribution over (kern, age 0–23) in the
 * proportions of a {@link Populatie}.
 *
 * <p>The municipality's own bands give the shape within a band: an age weighs the count of the
 * narrowest municipal band holding it, divided by that band's width (ages no municipal band holds
 * weigh the average of the others). A kern's count in its narrowest band holding an age is then
 * spread over the band's ages in that shape; ages none of a kern's bands hold get no children
 * there. A kern without any band weighs its total inhabitants, spread in the municipal shape. A
 * table without kernen gives children without a kern, of the ages its municipal bands hold; a table
 * that counts nobody gives every age the same weight. Immutable and thread-safe.
 */
final class Bevolkingsverdeling {
  /** The ages the CJG serves: 0 through 23. */
  static final int LEEFTIJDEN = 24;

  /** One cell: a kern (empty: none known) and an age. */
  record Cel(Optional<Kern> kern, int leeftijd) {}

  private final List<Cel> cellen;
  private final Gewichten gewichten;
  private final double[] ruweGewichten;

  Bevolkingsverdeling(Populatie populatie) {
    List<Cel> cellen = new ArrayList<>();
    List<Double> gewichten = new ArrayList<>();
    double[] vorm = gemeentelijkeVorm(populatie);
    if (populatie.kernen().isEmpty()) {
      List<Leeftijdsgroep> gemeentelijk = banden(populatie, Optional.empty());
      for (int leeftijd = 0; leeftijd < LEEFTIJDEN; leeftijd++) {
        cellen.add(new Cel(Optional.empty(), leeftijd));
        gewichten.add(smalste(gemeentelijk, leeftijd).isPresent() ? vorm[leeftijd] : 0.0);
      }
    }
    for (Kern kern : populatie.kernen()) {
      List<Leeftijdsgroep> banden = banden(populatie, Optional.of(kern));
      for (int leeftijd = 0; leeftijd < LEEFTIJDEN; leeftijd++) {
        cellen.add(new Cel(Optional.of(kern), leeftijd));
        gewichten.add(banden.isEmpty() ? zonderBanden(populatie, kern, vorm, leeftijd) : inBand(populatie, kern, banden, vorm, leeftijd));
      }
    }
    if (gewichten.stream().noneMatch(gewicht -> gewicht > 0)) {
      cellen.clear();
      gewichten.clear();
      for (int leeftijd = 0; leeftijd < LEEFTIJDEN; leeftijd++) {
        cellen.add(new Cel(Optional.empty(), leeftijd));
        gewichten.add(1.0);
      }
    }
    this.cellen = List.copyOf(cellen);
    this.ruweGewichten = gewichten.stream().mapToDouble(Double::doubleValue).toArray();
    this.gewichten = new Gewichten(ruweGewichten);
  }

  /** A cell drawn in the population's proportions. */
  Cel trek(SplittableRandom random) {
    return cellen.get(gewichten.trek(random));
  }

  /** The cells, in the order of the table's kernen and of age. */
  List<Cel> cellen() {
    return cellen;
  }

  /**
   * The number of inhabitants aged {@code van} to {@code tot} (exclusive, within 0–23) in the
   * population, as far as the table tells: the sum of the cells' weights.
   */
  long aantal(int van, int tot) {
    double som = 0;
    for (int i = 0; i < cellen.size(); i++) {
      int leeftijd = cellen.get(i).leeftijd();
      if (leeftijd >= van && leeftijd < tot) {
        som += ruweGewichten[i];
      }
    }
    return Math.round(som);
  }

  /** The probability of the cell at {@code index} of {@link #cellen()}. */
  double kans(int index) {
    return gewichten.kans(index);
  }

  /** The weight per year of age 0 to the highest age any band of the table holds. */
  private static double[] gemeentelijkeVorm(Populatie populatie) {
    int hoogste = populatie.tellingen().stream()
        .flatMap(telling -> telling.leeftijdsgroep().stream())
        .mapToInt(Leeftijdsgroep::tot)
        .max()
        .orElse(LEEFTIJDEN);
    double[] vorm = new double[Math.max(hoogste, LEEFTIJDEN)];
    List<Leeftijdsgroep> banden = banden(populatie, Optional.empty());
    double som = 0;
    int bekend = 0;
    for (int leeftijd = 0; leeftijd < vorm.length; leeftijd++) {
      Optional<Leeftijdsgroep> band = smalste(banden, leeftijd);
      if (band.isPresent()) {
        vorm[leeftijd] = populatie.aantalGemeente(band.get()).orElse(0) / (double) (band.get().tot() - band.get().van());
        som += vorm[leeftijd];
        bekend++;
      } else {
        vorm[leeftijd] = -1;
      }
    }
    double gemiddeld = bekend == 0 ? 1.0 : som / bekend;
    for (int leeftijd = 0; leeftijd < vorm.length; leeftijd++) {
      if (vorm[leeftijd] < 0) {
        vorm[leeftijd] = gemiddeld;
      }
    }
    return vorm;
  }

  private static double inBand(Populatie populatie, Kern kern, List<Leeftijdsgroep> banden, double[] vorm, int leeftijd) {
    Optional<Leeftijdsgroep> band = smalste(banden, leeftijd);
    if (band.isEmpty()) {
      return 0;
    }
    double inBand = 0;
    for (int a = band.get().van(); a < band.get().tot(); a++) {
      inBand += vorm[a];
    }
    int aantal = populatie.aantal(kern, band.get()).orElse(0);
    return inBand == 0 ? 0 : aantal * vorm[leeftijd] / inBand;
  }

  private static double zonderBanden(Populatie populatie, Kern kern, double[] vorm, int leeftijd) {
    double totaal = 0;
    for (double gewicht : vorm) {
      totaal += gewicht;
    }
    return totaal == 0 ? 0 : populatie.inwoners(kern).orElse(0) * vorm[leeftijd] / totaal;
  }

  /** The bands the table counts for {@code kern} (empty: the municipality). */
  private static List<Leeftijdsgroep> banden(Populatie populatie, Optional<Kern> kern) {
    return populatie.tellingen().stream()
        .filter(telling -> telling.kern().equals(kern))
        .flatMap(telling -> telling.leeftijdsgroep().stream())
        .toList();
  }

  private static Optional<Leeftijdsgroep> smalste(List<Leeftijdsgroep> banden, int leeftijd) {
    return banden.stream()
        .filter(band -> band.bevat(leeftijd))
        .min(Comparator.comparingInt((Leeftijdsgroep band) -> band.tot() - band.van()));
  }
}
