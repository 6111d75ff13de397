package nl.cjg.core.stats.operational;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.populatie.Doelgroep;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Omvang;
import nl.cjg.core.populatie.Populatie;
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
 * {@link Populatie}: they give the source's "7753 of 30985 = 25%" ({@link #aandeelGemeente}), the
 * kernen give 8028 of 32975 ({@link #aandeelKernen()}). From a {@link Doelgroep} with a size, that
 * size counts under its name ({@link #groottePerDoelgroep()}); groups without a size are skipped.
 *
 * <p>The counts are stored as population cells ({@link #tellingen()}, the form a codec writes);
 * the tables are derived from them. An accumulator: {@link #empty()} is the identity of
 * {@link #merge}, which is associative and adds the counts of disjoint populations (different
 * municipalities, or different target groups) cell by cell. Kernen and target groups are in the
 * order first met; bands in ascending order. Invariants: each kern and band (or municipality, or
 * all ages) is counted once (code {@value #CELLS_CODE}); a target group's size is not negative
 * (code {@value #SIZE_CODE}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PopulationFigures {
  PopulationFigures() {}

  /** The code of the rule that each cell is counted once. */
  public static final String CELLS_CODE = "POPULATIONFIGURES-S01";

  /** The code of the rule that a target group's size is not negative. */
  public static final String SIZE_CODE = "POPULATIONFIGURES-S02";

  private static final Comparator<Leeftijdsgroep> BY_BOUNDS =
      Comparator.comparingInt(Leeftijdsgroep::van).thenComparingInt(Leeftijdsgroep::tot);

  private static final PopulationFigures EMPTY = builder().build();

  /**
   * The counts: per kern the inhabitants in each band of the kern × band table and in total (no
   * band), and the figures the source states for the whole municipality (no kern); bands named by
   * their bounds.
   */
  public abstract List<Populatie.Telling> tellingen();

  /** The size per target group (by name); groups overlap, so a total means nothing. */
  public abstract Map<String, Long> groottePerDoelgroep();

  /**
   * A builder, for figures read back from storage.
   *
   * <p>Nothing is required: every attribute is optional, a collection that may stay empty, or has
   * a default. {@code build()} throws an {@link IllegalStateException} that names every required
   * attribute not set, and an {@link InvalidValueException} with the rule's code when the value
   * would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PopulationFigures}; {@link #builder()} names the required attributes. A list
   * or set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutablePopulationFigures.Builder {
    Builder() {}
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
  public PopulationFigures add(Populatie populatie) {
    List<Leeftijdsgroep> bands = leeftijdsgroepen(populatie);
    List<Populatie.Telling> tellingen = new ArrayList<>();
    for (Kern kern : populatie.kernen()) {
      for (Leeftijdsgroep band : bands) {
        tellingen.add(Populatie.Telling.of(kern, band, populatie.aantal(kern, band).orElseThrow()));
      }
      populatie.inwoners(kern).ifPresent(aantal -> tellingen.add(Populatie.Telling.inwoners(kern, aantal)));
    }
    for (Populatie.Telling telling : populatie.tellingen()) {
      if (telling.kern().isEmpty()) {
        tellingen.add(Populatie.Telling.builder().from(telling).leeftijdsgroep(telling.leeftijdsgroep().map(PopulationFigures::bounds)).build());
      }
    }
    return merge(builder().tellingen(tellingen).build());
  }

  /**
   * These figures with a target group more; a group without a size adds nothing.
   *
   * @param doelgroep the target group
   * @return the new figures
   */
  public PopulationFigures add(Doelgroep doelgroep) {
    Optional<Integer> grootte = doelgroep.grootte().map(Omvang::aantal);
    return grootte.isEmpty() ? this : merge(builder().putGroottePerDoelgroep(doelgroep.naam(), (long) grootte.get()).build());
  }

  /**
   * The figures of two disjoint populations together: counts are added per cell and per group.
   *
   * @param other the other figures
   * @return the merged figures
   */
  public PopulationFigures merge(PopulationFigures other) {
    Map<Cel, Integer> cells = new LinkedHashMap<>();
    for (Populatie.Telling telling : tellingen()) {
      cells.put(Cel.of(telling), telling.aantal());
    }
    for (Populatie.Telling telling : other.tellingen()) {
      cells.merge(Cel.of(telling), telling.aantal(), Math::addExact);
    }
    List<Populatie.Telling> tellingen = new ArrayList<>();
    cells.forEach((cel, aantal) -> tellingen.add(Populatie.Telling.builder().kern(cel.kern()).leeftijdsgroep(cel.band()).aantal(aantal).build()));
    Map<String, Long> groepen = new LinkedHashMap<>(groottePerDoelgroep());
    other.groottePerDoelgroep().forEach((naam, grootte) -> groepen.merge(naam, grootte, Math::addExact));
    return builder().tellingen(tellingen).groottePerDoelgroep(groepen).build();
  }

  /** Inhabitants per kern (in the order first met) × age band (ascending), over the bands counted per kern. */
  @Value.Lazy
  public CrossTable<Kern, Leeftijdsgroep> byKernAndLeeftijdsgroep() {
    Set<Kern> kernen = new LinkedHashSet<>();
    Set<Leeftijdsgroep> bands = new HashSet<>();
    for (Populatie.Telling telling : tellingen()) {
      if (telling.kern().isPresent() && telling.leeftijdsgroep().isPresent()) {
        kernen.add(telling.kern().get());
        bands.add(bounds(telling.leeftijdsgroep().get()));
      }
    }
    List<Kern> rows = List.copyOf(kernen);
    List<Leeftijdsgroep> columns = bands.stream().sorted(BY_BOUNDS).toList();
    CrossTable<Kern, Leeftijdsgroep> table = CrossTable.empty(rows, columns);
    for (Populatie.Telling telling : tellingen()) {
      if (telling.kern().isPresent() && telling.leeftijdsgroep().isPresent()) {
        table = table.add(telling.kern().get(), bounds(telling.leeftijdsgroep().get()), telling.aantal());
      }
    }
    return table;
  }

  /** Total inhabitants per kern, for the kernen whose total the source gives, in the order first met. */
  @Value.Lazy
  public Distribution<Kern> inwonersByKern() {
    Map<Kern, Long> counts = new LinkedHashMap<>();
    for (Populatie.Telling telling : tellingen()) {
      if (telling.kern().isPresent() && telling.leeftijdsgroep().isEmpty()) {
        counts.put(telling.kern().get(), (long) telling.aantal());
      }
    }
    return Distribution.of(counts);
  }

  /**
   * The figures the source states for the whole municipality per age band, ascending; the bands
   * may overlap (0–25 and its five-year bands), so their total means nothing.
   */
  @Value.Lazy
  public Distribution<Leeftijdsgroep> gemeentePerLeeftijdsgroep() {
    Map<Leeftijdsgroep, Long> counts = new TreeMap<>(BY_BOUNDS);
    for (Populatie.Telling telling : tellingen()) {
      if (telling.kern().isEmpty() && telling.leeftijdsgroep().isPresent()) {
        counts.put(bounds(telling.leeftijdsgroep().get()), (long) telling.aantal());
      }
    }
    return Distribution.of(counts);
  }

  /** The total inhabitants the source states for the whole municipality, if it does. */
  public Optional<Long> inwonersGemeente() {
    return tellingen().stream()
        .filter(telling -> telling.kern().isEmpty() && telling.leeftijdsgroep().isEmpty())
        .map(telling -> (long) telling.aantal())
        .findFirst();
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
        .map(total -> Rate.aandeel(gemeentePerLeeftijdsgroep().count(band), total));
  }

  /**
   * The share of the bands of the kern × band table in the inhabitants of its kernen, summed over
   * the kernen: for Bergen 2010, 8028 of 32975 aged 0–25, 24.3%.
   *
   * @return the share; undefined when no kern is counted
   */
  public Rate aandeelKernen() {
    long inwoners = 0;
    for (Kern kern : byKernAndLeeftijdsgroep().rowCategories()) {
      inwoners = Math.addExact(inwoners, inwonersByKern().count(kern));
    }
    return Rate.aandeel(byKernAndLeeftijdsgroep().total(), inwoners);
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
    groottePerDoelgroep().forEach(doelgroep::count);
    Map<String, PublishedTable> tables = new LinkedHashMap<>();
    tables.put(
        "Inwoners per kern en leeftijdsgroep",
        byKernAndLeeftijdsgroep().publish("Kern", Kern::naam, Leeftijdsgroep::naam, control));
    tables.put("Inwoners per kern", inwonersByKern().publish("Kern", Kern::naam, 1, control));
    tables.put("Inwoners van de gemeente", gemeente.build());
    tables.put("Doelgroepen", doelgroep.build());
    return Collections.unmodifiableMap(tables);
  }

  private static Leeftijdsgroep bounds(Leeftijdsgroep band) {
    return Leeftijdsgroep.of(band.van(), band.tot());
  }

  /** The key of a cell: kern (empty: the municipality) and band (empty: all ages). */
  private record Cel(Optional<Kern> kern, Optional<Leeftijdsgroep> band) {
    static Cel of(Populatie.Telling telling) {
      return new Cel(telling.kern(), telling.leeftijdsgroep().map(PopulationFigures::bounds));
    }
  }

  @Value.Check
  void checkFigures() {
    Set<Cel> cells = new HashSet<>();
    tellingen().forEach(telling -> cells.add(Cel.of(telling)));
    InvalidValueException.require(
        cells.size() == tellingen().size(), CELLS_CODE, "each kern and band (tellingen) is counted once");
    InvalidValueException.require(
        groottePerDoelgroep().values().stream().allMatch(grootte -> grootte >= 0),
        SIZE_CODE,
        "the size of a target group (groottePerDoelgroep) cannot be negative");
  }
}
