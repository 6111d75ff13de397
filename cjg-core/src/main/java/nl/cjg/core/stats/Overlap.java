package nl.cjg.core.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.cjg.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * Units counted by the exact combination of overlapping categories they are in: from it follow
 * the unique total, the units per category, and the overlap of every two categories (the overlap
 * matrix). A unit in no category is counted under the empty combination.
 *
 * <p>Merging ({@link #merge}) adds the combinations' counts, which is right for disjoint sets of
 * units; to count records that may name the same unit more than once, use
 * {@link StatsCollectors#overlapOfMemberships}. The overlap without categories is the identity,
 * and merging is associative.
 *
 * <p>Invariants: categories are listed once and every combination consists of listed categories
 * (code {@value #CATEGORIES_CODE}); no count is negative (code {@value #NEGATIVE_CODE}). Immutable
 * and thread-safe.
 *
 * @param <K> the type of the categories
 */
@Value.Immutable
public abstract class Overlap<K> {
  Overlap() {}

  /** The code of the rule that categories are listed once and combinations use only them. */
  public static final String CATEGORIES_CODE = "OVERLAP-S01";

  /** The code of the rule that no count is negative. */
  public static final String NEGATIVE_CODE = "OVERLAP-S02";

  /** The categories, in order. */
  public abstract List<K> categories();

  /** The number of units per exact combination of categories. */
  public abstract Map<Set<K>, Long> combinations();

  /**
   * An overlap.
   *
   * @param <K> the type of the categories
   * @param categories the categories, in order
   * @param combinations the number of units per exact combination of categories
   * @return the overlap
   * @throws InvalidValueException when a combination uses an unlisted category or a count is
   *     negative
   */
  public static <K> Overlap<K> of(List<K> categories, Map<Set<K>, Long> combinations) {
    Map<Set<K>, Long> copy = new LinkedHashMap<>();
    combinations.forEach((combination, count) -> copy.put(Set.copyOf(combination), count));
    return ImmutableOverlap.<K>builder().categories(categories).combinations(copy).build();
  }

  /**
   * An overlap of these categories without units: the identity for merging overlaps of the same
   * categories.
   *
   * @param <K> the type of the categories
   * @param categories the categories, in order
   * @return the overlap
   */
  public static <K> Overlap<K> empty(List<K> categories) {
    return of(categories, Map.of());
  }

  /** The number of unique units. */
  @Value.Lazy
  public long uniqueUnits() {
    long total = 0;
    for (long count : combinations().values()) {
      total = Math.addExact(total, count);
    }
    return total;
  }

  /**
   * The units in one category, whatever other categories they are in.
   *
   * @param category a category
   * @return its count
   */
  public long count(K category) {
    return pairCount(category, category);
  }

  /**
   * The units in both categories; for {@code a == b} the units in {@code a}.
   *
   * @param a a category
   * @param b a category
   * @return the number of units in both
   */
  public long pairCount(K a, K b) {
    long count = 0;
    for (Map.Entry<Set<K>, Long> combination : combinations().entrySet()) {
      if (combination.getKey().contains(a) && combination.getKey().contains(b)) {
        count = Math.addExact(count, combination.getValue());
      }
    }
    return count;
  }

  /**
   * The overlap matrix: for every two categories the units in both; on the diagonal the units in
   * the category.
   *
   * @return per category, per category, the number of units in both; in category order
   */
  public Map<K, Map<K, Long>> overlapMatrix() {
    Map<K, Map<K, Long>> matrix = new LinkedHashMap<>();
    for (K a : categories()) {
      Map<K, Long> row = new LinkedHashMap<>();
      categories().forEach(b -> row.put(b, pairCount(a, b)));
      matrix.put(a, Collections.unmodifiableMap(row));
    }
    return Collections.unmodifiableMap(matrix);
  }

  /** The unique total and the units per category, as published. */
  public OverlapSummary<K> summary() {
    Map<K, Long> counts = new LinkedHashMap<>();
    categories().forEach(category -> counts.put(category, count(category)));
    return OverlapSummary.of(uniqueUnits(), counts);
  }

  /**
   * This overlap with one more unit, in exactly the given categories.
   *
   * @param categoriesOfUnit the categories the unit is in (possibly none)
   * @return the new overlap
   */
  public Overlap<K> addUnit(Set<K> categoriesOfUnit) {
    return merge(of(categories(), Map.of(Set.copyOf(categoriesOfUnit), 1L)));
  }

  /**
   * Merges the overlaps of two disjoint sets of units.
   *
   * @param other the other overlap
   * @return the counts per combination added; this overlap's categories first
   */
  public Overlap<K> merge(Overlap<? extends K> other) {
    List<K> categories = new ArrayList<>(categories());
    for (K category : other.categories()) {
      if (!categories.contains(category)) {
        categories.add(category);
      }
    }
    Map<Set<K>, Long> combinations = new LinkedHashMap<>(combinations());
    other.combinations().forEach((combination, count) -> combinations.merge(Set.copyOf(combination), count, Math::addExact));
    return of(categories, combinations);
  }

  @Value.Check
  void checkCombinations() {
    Set<K> listed = new HashSet<>(categories());
    InvalidValueException.require(
        listed.size() == categories().size()
            && combinations().keySet().stream().allMatch(listed::containsAll),
        CATEGORIES_CODE,
        "categories (categories) are listed once, and a combination (combinations) uses only listed categories");
    InvalidValueException.require(
        combinations().values().stream().allMatch(count -> count >= 0),
        NEGATIVE_CODE,
        "a count (combinations) cannot be negative");
  }
}
