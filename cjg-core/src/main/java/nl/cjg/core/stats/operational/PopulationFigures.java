package nl.cjg.core.stats.operational;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import nl.cjg.core.populatie.Doelgroep;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Omvang;
import nl.cjg.core.populatie.Populatie;
import nl.cjg.core.populatie.Telling;
import nl.cjg.core.stats.CrossTable;
import nl.cjg.core.stats.DisclosureControl;
import nl.cjg.core.stats.Distribution;
import nl.cjg.core.stats.Rate;
import nl.cjg.core.stats.table.PublishedTable;
import org.immutables.value.Value;

/**
 * The population and target-group figures of a dataset: inhabitants per kern × age band, per kern,
 * the figures the source states for the whole municipality, and the size of each target group.
 *
 * <p>From a {@link Populatie}, the kern × band table takes the finest set of bands that every kern
 * of the table counts and that do not overlap ({@link #leeftijdsgroepen(Populatie)}): for Bergen
 * 2010 the bands 0–14 and 15–24, so each kern's row total is its 0–25 figure. Bands are compared by
 * their bounds and named by them ({@code 0–14}). The figures the source states for the whole
 * municipality are kept apart and never mixed into the sums over the kernen, as in
 * {@link Populatie}: they give the seed's "7753 of 30985 = 25%" ({@link #aandeelGemeente}), the
 * kernen give 8028 of 32975 ({@link #aandeelKernen()}). From a {@link Doelgroep} with a size, that
 * size counts under its name ({@link #doelgroepen()}); groups without a size are skipped.
 *
 * <p>An accumulator: {@link #empty()} is the identity of {@link #merge}, which is associative and
 * adds the counts of disjoint populations (different municipalities, or different target groups).
 * Rows and target groups are in the order first met; bands are in ascending order. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class PopulationFigures {
  PopulationFigures() {}

  private static final Comparator<Leeftijdsgroep> BY_BOUNDS =
      Comparator.comparingInt(Leeftijdsgroep::van).thenComparingInt(Leeftijdsgroep::tot);

  private static final PopulationFigures EMPTY =
      builder()
          .perKernEnLeeftijdsgroep(CrossTable.empty(List.of(), List.of()))
          .inwonersPerKern(Distribution.of(Map.of()))
          .gemeentePerLeeftijdsgroep(Distribution.of(Map.of()))
          .doelgroepen(Distribution.of(Map.of()))
          .build();

  /** Inhabitants per kern (by name) × age band (by bounds). */
  public abstract CrossTable<String, Leeftijdsgroep> perKernEnLeeftijdsgroep();

  /** Total inhabitants per kern (by name), for the kernen whose total the source gives. */
  public abstract Distribution<String> inwonersPerKern();

  /**
   * The figures the source states for the whole municipality per age band, ascending; the bands
   * may overlap (0–25 and its five-year bands), so their total means nothing.
   */
  public abstract Distribution<Leeftijdsgroep> gemeentePerLeeftijdsgroep();

  /** The total inhabitants the source states for the whole municipality, if it does. */
  public abstract Optional<Long> inwonersGemeente();

  /** The size per target group (by name); groups overlap, so the total means nothing. */
  public abstract Distribution<String> doelgroepen();

  /** A builder, for figures read back from storage. */
  public static ImmutablePopulationFigures.Builder builder() {
    return ImmutablePopulationFigures.builder();
  }

  /** Nothing counted yet: the identity of {@link #merge}. */
  public static PopulationFigures empty() {
    return EMPTY;
  }

  /**
   * The bands of a population table that the kern × band table uses: of the bands every kern of
   * the table counts, the largest set that do not overlap, taking the band that ends first each
   * time (for Bergen 2010, with 0–15, 15–25 and 0–25, the bands 0–15 and 15–25).
   *
   * @param populatie the population table
   * @return the bands, ascending, named by their bounds
   */
  public static List<Leeftijdsgroep> leeftijdsgroepen(Populatie populatie) {
    List<Leeftijdsgroep> counted =
        populatie.totaalPerLeeftijdsgroep().keySet().stream()
            .map(PopulationFigures::bounds)
            .sorted(Comparator.comparingInt(Leeftijdsgroep::tot).thenComparing(Leeftijdsgroep::van, Comparator.reverseOrder()))
            .toList();
    List<Leeftijdsgroep> chosen = new ArrayList<>();
    for (Leeftijdsgroep band : counted) {
      if (chosen.isEmpty() || band.van() >= chosen.get(chosen.size() - 1).tot()) {
        chosen.add(band);
      }
    }
    return List.copyOf(chosen);
  }

  /**
   * These figures with a population table more.
   *
   * @param populatie the table
   * @return the new figures
   */
  public PopulationFigures plus(Populatie populatie) {
    List<Leeftijdsgroep> bands = leeftijdsgroepen(populatie);
    List<String> rows = new ArrayList<>();
    List<long[]> counts = new ArrayList<>();
    for (Kern kern : populatie.kernen()) {
      long[] row = new long[bands.size()];
      for (int c = 0; c < bands.size(); c++) {
        row[c] = populatie.aantal(kern, bands.get(c)).orElseThrow();
      }
      rows.add(kern.naam());
      counts.add(row);
    }
    Map<String, Long> perKern = new LinkedHashMap<>();
    populatie.totaalPerKern().forEach((kern, aantal) -> perKern.put(kern.naam(), aantal.longValue()));
    Map<Leeftijdsgroep, Long> gemeente = new LinkedHashMap<>();
    for (Telling telling : populatie.tellingen()) {
      if (telling.kern().isEmpty()) {
        telling.leeftijdsgroep().ifPresent(band -> gemeente.put(bounds(band), (long) telling.aantal()));
      }
    }
    return merge(
        builder()
            .from(EMPTY)
            .perKernEnLeeftijdsgroep(
                bands.isEmpty() ? CrossTable.empty(List.of(), List.of()) : CrossTable.of(rows, bands, counts.toArray(long[][]::new)))
            .inwonersPerKern(Distribution.of(perKern))
            .gemeentePerLeeftijdsgroep(Distribution.of(gemeente))
            .inwonersGemeente(populatie.inwonersGemeente().map(Integer::longValue))
            .build());
  }

  /**
   * These figures with a target group more; a group without a size adds nothing.
   *
   * @param doelgroep the target group
   * @return the new figures
   */
  public PopulationFigures plus(Doelgroep doelgroep) {
    return doelgroep.grootte()
        .map(Omvang::aantal)
        .<PopulationFigures>map(aantal -> builder().from(this).doelgroepen(doelgroepen().plus(doelgroep.naam(), aantal)).build())
        .orElse(this);
  }

  /**
   * The figures of two disjoint populations together: counts are added per cell.
   *
   * @param other the other figures
   * @return the merged figures
   */
  public PopulationFigures merge(PopulationFigures other) {
    Optional<Long> gemeente =
        inwonersGemeente().isPresent() && other.inwonersGemeente().isPresent()
            ? Optional.of(Math.addExact(inwonersGemeente().get(), other.inwonersGemeente().get()))
            : inwonersGemeente().or(other::inwonersGemeente);
    return builder()
        .perKernEnLeeftijdsgroep(ascendingColumns(perKernEnLeeftijdsgroep().merge(other.perKernEnLeeftijdsgroep())))
        .inwonersPerKern(inwonersPerKern().merge(other.inwonersPerKern()))
        .gemeentePerLeeftijdsgroep(ascending(gemeentePerLeeftijdsgroep().merge(other.gemeentePerLeeftijdsgroep())))
        .inwonersGemeente(gemeente)
        .doelgroepen(doelgroepen().merge(other.doelgroepen()))
        .build();
  }

  /**
   * The share of an age band in all inhabitants, as the source states both for the whole
   * municipality: for Bergen 2010, 7753 of 30985 aged 0–25, 25%.
   *
   * @param leeftijdsgroep the band, matched by its bounds
   * @return the share; empty when the source does not state the band or the total
   */
  public Optional<Rate> aandeelGemeente(Leeftijdsgroep leeftijdsgroep) {
    Leeftijdsgroep band = bounds(leeftijdsgroep);
    return inwonersGemeente()
        .filter(total -> gemeentePerLeeftijdsgroep().counts().containsKey(band))
        .map(total -> Rate.share(gemeentePerLeeftijdsgroep().count(band), total));
  }

  /**
   * The share of the bands of the kern × band table in the inhabitants of its kernen, summed over
   * the kernen: for Bergen 2010, 8028 of 32975 aged 0–25, 24.3%.
   *
   * @return the share; undefined when no kern is counted
   */
  public Rate aandeelKernen() {
    long inwoners = 0;
    for (String kern : perKernEnLeeftijdsgroep().rowCategories()) {
      inwoners = Math.addExact(inwoners, inwonersPerKern().count(kern));
    }
    return Rate.share(perKernEnLeeftijdsgroep().total(), inwoners);
  }

  /**
   * The tables for publication, protected by {@link DisclosureControl#standard()}.
   *
   * @return the tables by title, in order
   * @see #publish(DisclosureControl)
   */
  public Map<String, PublishedTable> publish() {
    return publish(DisclosureControl.standard());
  }

  /**
   * The tables for publication, each protected by {@code control}: inhabitants per kern and band
   * ({@code Inwoners per kern en leeftijdsgroep}), per kern with percentages ({@code Inwoners per
   * kern}), the municipality's stated figures with each band's percentage of its total
   * ({@code Inwoners van de gemeente}), and the target groups ({@code Doelgroepen}).
   *
   * @param control the disclosure control
   * @return the tables by title, in order
   */
  public Map<String, PublishedTable> publish(DisclosureControl control) {
    KeyFigureTable gemeente = new KeyFigureTable(control);
    inwonersGemeente().ifPresent(total -> gemeente.count("Inwoners", total));
    for (Leeftijdsgroep band : gemeentePerLeeftijdsgroep().categories()) {
      gemeente.count(band.naam() + " jaar", gemeentePerLeeftijdsgroep().count(band));
      aandeelGemeente(band).ifPresent(share -> gemeente.percentage(band.naam() + " jaar (%)", share, 1));
    }
    KeyFigureTable doelgroep = new KeyFigureTable(control);
    doelgroepen().counts().forEach(doelgroep::count);
    Map<String, PublishedTable> tables = new LinkedHashMap<>();
    tables.put(
        "Inwoners per kern en leeftijdsgroep",
        perKernEnLeeftijdsgroep().publish("Kern", Function.identity(), Leeftijdsgroep::naam, control));
    tables.put("Inwoners per kern", inwonersPerKern().publish("Kern", Function.identity(), 1, control));
    tables.put("Inwoners van de gemeente", gemeente.build());
    tables.put("Doelgroepen", doelgroep.build());
    return Collections.unmodifiableMap(tables);
  }

  private static Leeftijdsgroep bounds(Leeftijdsgroep band) {
    return Leeftijdsgroep.of(band.van(), band.tot());
  }

  private static Distribution<Leeftijdsgroep> ascending(Distribution<Leeftijdsgroep> distribution) {
    Map<Leeftijdsgroep, Long> sorted = new TreeMap<>(BY_BOUNDS);
    sorted.putAll(distribution.counts());
    return Distribution.of(sorted);
  }

  private static CrossTable<String, Leeftijdsgroep> ascendingColumns(CrossTable<String, Leeftijdsgroep> table) {
    List<String> rows = table.rowCategories();
    List<Leeftijdsgroep> columns = table.columnCategories().stream().sorted(BY_BOUNDS).toList();
    long[][] counts = new long[rows.size()][columns.size()];
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        counts[r][c] = table.count(rows.get(r), columns.get(c));
      }
    }
    return CrossTable.of(rows, columns, counts);
  }
}
