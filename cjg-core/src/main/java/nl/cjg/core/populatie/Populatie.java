package nl.cjg.core.populatie;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.validation.internal.Rules;
import org.immutables.value.Value;

/**
 * Population counts of one municipality per kern and age band, on a reference date (peildatum)
 * and from one source (bron), such as the CBS report "Gemeente op maat, Bergen NH" (2010) of the
 * werkplan 2012. A table may also hold figures of the whole municipality (cells without a kern),
 * as the sources publish them beside the figures per kern; the totals computed here sum the kernen
 * and never mix in those stated figures.
 *
 * <p>Invariants: each combination of kern (or the whole municipality) and age band is counted at
 * most once, bands being compared by their bounds (code {@value #DUPLICATE_CODE}); the source is
 * named (code {@value #SOURCE_CODE}); counts are not negative (see {@link Telling}). Business
 * rules: {@code POPULATIE-001}, {@code POPULATIE-002}. When a source gives only a year, the
 * peildatum is 1 January of that year, the date on which CBS counts the population. Immutable and
 * thread-safe.
 */
@Value.Immutable
@Rules(PopulatieRules.class)
public abstract class Populatie {
  Populatie() {}

  /** The code of the rule that each kern and band is counted at most once. */
  public static final String DUPLICATE_CODE = "POPULATIE-S01";

  /** The code of the rule that the source is named. */
  public static final String SOURCE_CODE = "POPULATIE-S02";

  /** The municipality counted. */
  public abstract GemeenteCode gemeente();

  /** The date the counts refer to. */
  public abstract LocalDate peildatum();

  /** The source, for example {@code CBS, Gemeente op maat, Bergen NH (2010)}. */
  public abstract String bron();

  /** The cells of the table, in the order of the source. */
  public abstract List<Telling> tellingen();

  /**
   * A builder for a population table.
   *
   * <p>Required: {@link #gemeente()}, {@link #peildatum()}, {@link #bron()}; every other
   * attribute is optional, a collection that may stay empty, or has a default. {@code build()}
   * throws an {@link IllegalStateException} that names every required attribute not set, and an
   * {@link InvalidValueException} with the rule's code when the value would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Populatie}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutablePopulatie.Builder {
    Builder() {}
  }

  /**
   * The inhabitants of a kern in an age band.
   *
   * @param kern the kern
   * @param leeftijdsgroep the band, matched by its bounds, whatever its name
   * @return the count, or empty when the table does not count that kern and band
   */
  public Optional<Integer> aantal(Kern kern, Leeftijdsgroep leeftijdsgroep) {
    return Optional.ofNullable(index().get(cel(Optional.of(kern), Optional.of(leeftijdsgroep))));
  }

  /**
   * The total inhabitants of a kern, all ages.
   *
   * @param kern the kern
   * @return the count, or empty when the table gives no total for that kern
   */
  public Optional<Integer> inwoners(Kern kern) {
    return Optional.ofNullable(index().get(cel(Optional.of(kern), Optional.empty())));
  }

  /**
   * The figure the source states for the whole municipality in an age band.
   *
   * @param leeftijdsgroep the band, matched by its bounds
   * @return the count, or empty when the table has no such figure
   */
  public Optional<Integer> aantalGemeente(Leeftijdsgroep leeftijdsgroep) {
    return Optional.ofNullable(index().get(cel(Optional.empty(), Optional.of(leeftijdsgroep))));
  }

  /** The total inhabitants the source states for the whole municipality, if it does. */
  public Optional<Integer> inwonersGemeente() {
    return Optional.ofNullable(index().get(cel(Optional.empty(), Optional.empty())));
  }

  /** The kernen the table counts, in the order they first appear. */
  public Set<Kern> kernen() {
    Set<Kern> kernen = new LinkedHashSet<>();
    tellingen().forEach(telling -> telling.kern().ifPresent(kernen::add));
    return Collections.unmodifiableSet(kernen);
  }

  /** The total inhabitants per kern, for each kern with a total, in the order of {@link #kernen()}. */
  public Map<Kern, Integer> totaalPerKern() {
    Map<Kern, Integer> totals = new LinkedHashMap<>();
    for (Kern kern : kernen()) {
      inwoners(kern).ifPresent(total -> totals.put(kern, total));
    }
    return Collections.unmodifiableMap(totals);
  }

  /**
   * The inhabitants per age band summed over the kernen, for each band that every kern of
   * {@link #kernen()} counts (a sum over only some kernen would pass for a municipal total).
   * Bands are matched by their bounds; keys are the bands as the table first names them, lowest
   * ages first. Empty when the table counts no kern.
   */
  public Map<Leeftijdsgroep, Long> totaalPerLeeftijdsgroep() {
    Comparator<Leeftijdsgroep> byBounds = Comparator.comparingInt(Leeftijdsgroep::van).thenComparingInt(Leeftijdsgroep::tot);
    Map<Leeftijdsgroep, Long> totals = new TreeMap<>(byBounds);
    Map<Leeftijdsgroep, Integer> kernenCounting = new TreeMap<>(byBounds);
    for (Telling telling : tellingen()) {
      if (telling.kern().isPresent() && telling.leeftijdsgroep().isPresent()) {
        totals.merge(telling.leeftijdsgroep().get(), (long) telling.aantal(), Long::sum);
        kernenCounting.merge(telling.leeftijdsgroep().get(), 1, Integer::sum);
      }
    }
    int kernen = kernen().size();
    totals.keySet().removeIf(band -> kernenCounting.get(band) != kernen);
    return Collections.unmodifiableMap(totals);
  }

  /**
   * The total inhabitants summed over the kernen with a total ({@link #totaalPerKern()}); 0 when
   * there are none. The figure the source states for the municipality is
   * {@link #inwonersGemeente()}; the two need not agree in published tables.
   */
  public long totaal() {
    return totaalPerKern().values().stream().mapToLong(Integer::longValue).sum();
  }

  /** The cells by kern and bounds; built once, on first use. */
  @Value.Lazy
  Map<Cel, Integer> index() {
    Map<Cel, Integer> index = new HashMap<>();
    for (Telling telling : tellingen()) {
      index.put(cel(telling.kern(), telling.leeftijdsgroep()), telling.aantal());
    }
    return index;
  }

  /** The key of a cell: kern (empty: the municipality) and band bounds (empty: all ages). */
  record Cel(Optional<Kern> kern, Optional<Leeftijdsgroep> grenzen) {}

  private static Cel cel(Optional<Kern> kern, Optional<Leeftijdsgroep> leeftijdsgroep) {
    return new Cel(kern, leeftijdsgroep.map(band -> Leeftijdsgroep.of(band.van(), band.tot())));
  }

  @Value.Check
  void checkTable() {
    InvalidValueException.require(!bron().isBlank(), SOURCE_CODE, "a population table needs a source (bron)");
    InvalidValueException.require(
        index().size() == tellingen().size(),
        DUPLICATE_CODE,
        "a population table counts each kern and age band at most once (tellingen)");
  }

  /**
   * One cell of a population table: how many inhabitants of a kern (or of the whole municipality)
   * fall in an age band (or are counted at all ages: the total inhabitants).
   *
   * <p>Invariant (code {@value #NEGATIVE_CODE}): the count is not negative. Immutable and
   * thread-safe.
   */
  @Value.Immutable
  public abstract static class Telling {
    Telling() {}

    /** The code of the rule that a count is not negative. */
    public static final String NEGATIVE_CODE = "TELLING-S01";

    /** The kern counted; empty for a figure of the whole municipality. */
    public abstract Optional<Kern> kern();

    /** The age band counted; empty for all ages, the total inhabitants. */
    public abstract Optional<Leeftijdsgroep> leeftijdsgroep();

    /** The number of inhabitants. */
    public abstract int aantal();

    /**
     * The inhabitants of a kern in an age band.
     *
     * @param kern the kern
     * @param leeftijdsgroep the band
     * @param aantal the count, not negative
     * @return the cell
     */
    public static Telling of(Kern kern, Leeftijdsgroep leeftijdsgroep, int aantal) {
      return builder().kern(kern).leeftijdsgroep(leeftijdsgroep).aantal(aantal).build();
    }

    /**
     * The total inhabitants of a kern, all ages.
     *
     * @param kern the kern
     * @param aantal the count, not negative
     * @return the cell
     */
    public static Telling inwoners(Kern kern, int aantal) {
      return builder().kern(kern).aantal(aantal).build();
    }

    /**
     * A builder, also for figures of the whole municipality (no kern).
     *
     * <p>Required: {@link #aantal()}; every other attribute is optional, a collection that may stay
     * empty, or has a default. {@code build()} throws an {@link IllegalStateException} that names
     * every required attribute not set, and an {@link InvalidValueException} with the rule's code
     * when the value would break an invariant.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link Telling}; {@link #builder()} names the required attributes. A list or set
     * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
     * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
     * itself or an {@code Optional}. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableTelling.Builder {
      Builder() {}
    }

    @Value.Check
    void checkCount() {
      InvalidValueException.require(aantal() >= 0, NEGATIVE_CODE, "a population count (aantal) cannot be negative");
    }
  }
}
