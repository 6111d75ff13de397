package nl.cjg.core.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.stats.table.PublishedTable;
import org.immutables.value.Value;

/**
 * Counts over categories of any type {@code K} (an enum, a kern, an age band, a string), in a
 * fixed order, with their total and percentages: the population per age band, the nuisance
 * reports per category, the AWBZ clients per grondslag.
 *
 * <p>Categories are counted once each: a distribution is a partition, and its total is the sum of
 * its counts (for categories that overlap use {@link Overlap}). A category with count 0 is kept.
 * Merging ({@link #merge}) adds counts per category; the empty distribution without categories is
 * its identity, and merging is associative (categories of the left operand first, then new ones
 * of the right operand in their order).
 *
 * <p>Invariant (code {@value #NEGATIVE_CODE}): no count is negative. Immutable and thread-safe.
 *
 * @param <K> the type of the categories
 */
@Value.Immutable
public abstract class Distribution<K> {
  Distribution() {}

  /** The code of the rule that no count is negative. */
  public static final String NEGATIVE_CODE = "DISTRIBUTION-S01";

  /** The count per category, in the order of the categories. */
  public abstract Map<K, Long> counts();

  /**
   * A distribution with these counts, in the map's iteration order.
   *
   * @param <K> the type of the categories
   * @param counts the count per category
   * @return the distribution
   * @throws InvalidValueException with code {@value #NEGATIVE_CODE} when a count is negative
   */
  public static <K> Distribution<K> of(Map<K, Long> counts) {
    return ImmutableDistribution.<K>builder().putAllCounts(counts).build();
  }

  /**
   * A distribution with these categories, all counted 0: the identity for merging distributions
   * over the same categories, and the start that fixes their order.
   *
   * @param <K> the type of the categories
   * @param categories the categories, in order, each once
   * @return the distribution
   * @throws IllegalArgumentException when a category is listed twice
   */
  public static <K> Distribution<K> empty(List<K> categories) {
    if (new HashSet<>(categories).size() != categories.size()) {
      throw new IllegalArgumentException("a category is listed twice");
    }
    Map<K, Long> zeros = new LinkedHashMap<>();
    categories.forEach(category -> zeros.put(category, 0L));
    return of(zeros);
  }

  /** The categories, in order. */
  public List<K> categories() {
    return List.copyOf(counts().keySet());
  }

  /**
   * The count of one category.
   *
   * @param category a category
   * @return its count; 0 for a category this distribution does not list
   */
  public long count(K category) {
    return counts().getOrDefault(category, 0L);
  }

  /**
   * The sum of all counts.
   *
   * @throws ArithmeticException when the sum exceeds {@link Long#MAX_VALUE}
   */
  @Value.Lazy
  public long total() {
    long total = 0;
    for (long count : counts().values()) {
      total = Math.addExact(total, count);
    }
    return total;
  }

  /**
   * The share of one category in the total.
   *
   * @param category a category
   * @return its count against the total; undefined when the total is 0
   */
  public Rate aandeel(K category) {
    return Rate.aandeel(count(category), total());
  }

  /**
   * Each category's percentage of the total, rounded half up: each lies within half a unit of
   * the exact value, and together they need not add up to exactly 100.
   *
   * @param decimals the number of decimals, at least 0
   * @return the percentage per category, in order; empty when the total is 0 (undefined)
   */
  public Optional<Map<K, BigDecimal>> percentages(int decimals) {
    if (total() == 0) {
      return Optional.empty();
    }
    Map<K, BigDecimal> percentages = new LinkedHashMap<>();
    counts().forEach((category, count) -> percentages.put(category, Rounding.percentage(count, total(), decimals)));
    return Optional.of(Collections.unmodifiableMap(percentages));
  }

  /**
   * Each category's percentage of the total by the largest remainder method: together exactly
   * 100, each less than one unit from the exact value (see {@link Rounding#largestRemainder}).
   *
   * @param decimals the number of decimals, at least 0
   * @return the percentage per category, in order; empty when the total is 0 (undefined)
   */
  public Optional<Map<K, BigDecimal>> percentagesAddingUpTo100(int decimals) {
    if (total() == 0) {
      return Optional.empty();
    }
    List<K> categories = categories();
    List<BigDecimal> rounded = Rounding.largestRemainder(new ArrayList<>(counts().values()), decimals);
    Map<K, BigDecimal> percentages = new LinkedHashMap<>();
    for (int i = 0; i < categories.size(); i++) {
      percentages.put(categories.get(i), rounded.get(i));
    }
    return Optional.of(Collections.unmodifiableMap(percentages));
  }

  /**
   * This distribution with {@code count} more units in {@code category}; a new category is added
   * at the end.
   *
   * @param category the category
   * @param count the number of units to add, not negative
   * @return the new distribution
   * @throws IllegalArgumentException when {@code count} is negative
   * @throws ArithmeticException when the category's count would exceed {@link Long#MAX_VALUE}
   */
  public Distribution<K> add(K category, long count) {
    if (count < 0) {
      throw new IllegalArgumentException("a count to add cannot be negative");
    }
    Map<K, Long> counts = new LinkedHashMap<>(counts());
    counts.merge(category, count, Math::addExact);
    return of(counts);
  }

  /**
   * Merges two distributions over disjoint sets of units: counts are added per category.
   *
   * @param other the other distribution
   * @return the merged distribution, with this one's categories first
   * @throws ArithmeticException when a merged count would exceed {@link Long#MAX_VALUE}
   */
  public Distribution<K> merge(Distribution<? extends K> other) {
    Map<K, Long> counts = new LinkedHashMap<>(counts());
    other.counts().forEach((category, count) -> counts.merge(category, count, Math::addExact));
    return of(counts);
  }

  /**
   * The distribution as a table for publication, protected by {@link DisclosureControl#standard()}.
   *
   * @param categoryHeader the header of the label column, for example {@code Grondslag}
   * @param label how a category is written
   * @param decimals the decimals of the percentages
   * @return the table: per category its count ({@code Aantal}) and percentage ({@code %}), then
   *     the total row
   * @see #publish(String, Function, int, DisclosureControl)
   */
  public PublishedTable publish(String categoryHeader, Function<? super K, String> label, int decimals) {
    return publish(categoryHeader, label, decimals, DisclosureControl.standard());
  }

  /**
   * The distribution as a table for publication: a row per category with its count
   * ({@code Aantal}) and its percentage of the total ({@code %}, half up), then a row
   * {@code Totaal}. Counts are protected and rounded by {@code control} (the parts and the total form
   * a line; see {@link DisclosureControl}; with zeros suppressed, an empty category is left out), and percentages
   * are computed from the published counts: a suppressed count's percentage is suppressed, and
   * all percentages are when the total is.
   *
   * @param categoryHeader the header of the label column
   * @param label how a category is written
   * @param decimals the decimals of the percentages, at least 0
   * @param control the disclosure control; {@link DisclosureControl#internalUseOnly()} to opt out
   * @return the table
   */
  public PublishedTable publish(
      String categoryHeader, Function<? super K, String> label, int decimals, DisclosureControl control) {
    return Publication.distribution(this, categoryHeader, label, decimals, control);
  }

  @Value.Check
  void checkNotNegative() {
    InvalidValueException.require(
        counts().values().stream().allMatch(count -> count >= 0), NEGATIVE_CODE, "a count (counts) cannot be negative");
  }
}
