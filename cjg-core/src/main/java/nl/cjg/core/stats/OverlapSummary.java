package nl.cjg.core.stats;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.stats.table.PublishedTable;
import org.immutables.value.Value;

/**
 * Overlapping categories as they are published: the number of unique units and, per category,
 * the units in it. One unit may be in several categories (a client of Bureau Jeugdzorg helped
 * under several werksoorten, an AWBZ client with both individual and group support), so the
 * category counts may add up to more than the unique total, and their percentages of the unique
 * total to more than 100.
 *
 * <p>Without the units' combinations the exact overlap of two categories is unknown, but it is
 * bounded: see {@link #minimumOverlap} and {@link #maximumOverlap}. {@link Overlap} holds the
 * combinations and gives the exact overlap matrix. Merging ({@link #merge}) adds unique totals
 * and counts, which is right for disjoint sets of units (two municipalities, not two years of the
 * same clients); the summary without units and categories is its identity.
 *
 * <p>Invariants: no count is negative (code {@value #NEGATIVE_CODE}); no category holds more units
 * than the unique total (code {@value #CATEGORY_CODE}). Immutable and thread-safe.
 *
 * @param <K> the type of the categories
 */
@Value.Immutable
public abstract class OverlapSummary<K> {
  OverlapSummary() {}

  /** The code of the rule that no count is negative. */
  public static final String NEGATIVE_CODE = "OVERLAPSUMMARY-S01";

  /** The code of the rule that no category holds more units than the unique total. */
  public static final String CATEGORY_CODE = "OVERLAPSUMMARY-S02";

  /** The number of unique units, for example 112 unique clients. */
  public abstract long uniqueUnits();

  /** The units per category, in the order of the categories. */
  public abstract Map<K, Long> counts();

  /**
   * A summary.
   *
   * @param <K> the type of the categories
   * @param uniqueUnits the number of unique units
   * @param counts the units per category, in order
   * @return the summary
   * @throws InvalidValueException when a count is negative or larger than the unique total
   */
  public static <K> OverlapSummary<K> of(long uniqueUnits, Map<K, Long> counts) {
    return ImmutableOverlapSummary.<K>builder().uniqueUnits(uniqueUnits).putAllCounts(counts).build();
  }

  /** The categories, in order. */
  public List<K> categories() {
    return List.copyOf(counts().keySet());
  }

  /**
   * The units in one category.
   *
   * @param category a category
   * @return its count; 0 for a category not listed
   */
  public long count(K category) {
    return counts().getOrDefault(category, 0L);
  }

  /** The sum of the category counts: each unit counted once per category it is in. */
  public long sumOfCategories() {
    long sum = 0;
    for (long count : counts().values()) {
      sum = Math.addExact(sum, count);
    }
    return sum;
  }

  /**
   * The smallest number of units that can be in both categories:
   * {@code max(0, count(a) + count(b) - uniqueUnits)}. It is the exact overlap when every unit is
   * in {@code a} or {@code b}, as the AWBZ clients with individual or group support.
   *
   * @param a a category
   * @param b another category
   * @return the lower bound of the overlap
   */
  public long minimumOverlap(K a, K b) {
    return Math.max(0, count(a) + count(b) - uniqueUnits());
  }

  /**
   * The largest number of units that can be in both categories: {@code min(count(a), count(b))}.
   *
   * @param a a category
   * @param b another category
   * @return the upper bound of the overlap
   */
  public long maximumOverlap(K a, K b) {
    return Math.min(count(a), count(b));
  }

  /**
   * A category's units as a share of the unique total, such as 21 AMK clients of 112.
   *
   * @param category a category
   * @return the share; undefined when there are no units
   */
  public Rate aandeelOfUnique(K category) {
    return Rate.aandeel(count(category), uniqueUnits());
  }

  /**
   * A category's units as a share of a population, such as 21 AMK clients of 6464 young people.
   *
   * @param category a category
   * @param population the population, not negative
   * @return the share; undefined for a population of 0
   */
  public Rate aandeelOfPopulation(K category, long population) {
    return Rate.aandeel(count(category), population);
  }

  /**
   * The unique units as a share of a population, such as 112 of 6464.
   *
   * @param population the population, not negative
   * @return the share; undefined for a population of 0
   */
  public Rate uniqueAandeelOfPopulation(long population) {
    return Rate.aandeel(uniqueUnits(), population);
  }

  /**
   * Merges the summaries of two disjoint sets of units.
   *
   * @param other the other summary
   * @return unique totals and category counts added, this summary's categories first
   */
  public OverlapSummary<K> merge(OverlapSummary<? extends K> other) {
    Distribution<K> counts = Distribution.of(counts()).merge(Distribution.of(other.counts()));
    return of(Math.addExact(uniqueUnits(), other.uniqueUnits()), counts.counts());
  }

  /**
   * The summary as a table for publication, protected by {@link DisclosureControl#standard()}.
   *
   * @param categoryHeader the header of the label column, for example {@code Werksoort}
   * @param label how a category is written
   * @param decimals the decimals of the percentages
   * @param population the population for a {@code % van N} column, if wanted
   * @return the table
   * @see #publish(String, Function, int, OptionalLong, DisclosureControl)
   */
  public PublishedTable publish(
      String categoryHeader, Function<? super K, String> label, int decimals, OptionalLong population) {
    return publish(categoryHeader, label, decimals, population, DisclosureControl.standard());
  }

  /**
   * The summary as a table for publication: a row per category with its count ({@code Aantal}),
   * its percentage of the unique total ({@code %}) and optionally of the population
   * ({@code % van N}), then the row {@code Totaal (overlap)} with the unique total. Because the
   * categories overlap, no published total ties the counts together: only counts below the
   * threshold are suppressed (with their percentages), then counts are rounded by {@code control}.
   *
   * @param categoryHeader the header of the label column
   * @param label how a category is written
   * @param decimals the decimals of the percentages, at least 0
   * @param population the population for a {@code % van N} column, if wanted
   * @param control the disclosure control; {@link DisclosureControl#internalUseOnly()} to opt out
   * @return the table
   */
  public PublishedTable publish(
      String categoryHeader,
      Function<? super K, String> label,
      int decimals,
      OptionalLong population,
      DisclosureControl control) {
    return Publication.overlap(this, categoryHeader, label, decimals, population, control);
  }

  @Value.Check
  void checkCounts() {
    InvalidValueException.require(
        uniqueUnits() >= 0 && counts().values().stream().allMatch(count -> count >= 0),
        NEGATIVE_CODE,
        "a count (uniqueUnits, counts) cannot be negative");
    InvalidValueException.require(
        counts().values().stream().allMatch(count -> count <= uniqueUnits()),
        CATEGORY_CODE,
        "a category (counts) cannot hold more units than the unique total (uniqueUnits)");
  }
}
