package nl.cjg.core.stats;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * The statistics of this package as {@link Collector}s, for sequential and parallel streams: a
 * final class of static factories, like {@code MonetaryFunctions} of JavaMoney.
 *
 * <p>Every collector is unordered: the result does not depend on the order of the elements, nor on
 * how a parallel stream splits them, because the merge of each accumulator is associative and
 * commutative in its counts and the order of categories is fixed by the caller (a list of
 * categories or a comparator). Elements whose category is {@code null} are refused with an
 * {@link IllegalArgumentException}, as are categories not in the given list and lists that name a
 * category twice.
 *
 * <p>This class is stateless and thread-safe; each collector may be reused.
 */
public final class StatsCollectors {
  private StatsCollectors() {}

  /**
   * Counts elements per category, in the given order of categories; categories without elements
   * are kept with 0.
   *
   * @param <T> the type of the elements
   * @param <K> the type of the categories
   * @param classifier the category of an element
   * @param categories every category, in order, each once
   * @return the collector
   */
  public static <T, K> Collector<T, ?, Distribution<K>> distribution(
      Function<? super T, ? extends K> classifier, List<K> categories) {
    CategoryIndex<K> index = new CategoryIndex<>(categories);
    return Collector.of(
        () -> new long[categories.size()],
        (counts, element) -> counts[index.of(classifier.apply(element))]++,
        StatsCollectors::addCounts,
        counts -> {
          Map<K, Long> ordered = new LinkedHashMap<>();
          for (int i = 0; i < counts.length; i++) {
            ordered.put(categories.get(i), counts[i]);
          }
          return Distribution.of(ordered);
        },
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Counts elements per category; the categories are those found, in the comparator's order.
   *
   * @param <T> the type of the elements
   * @param <K> the type of the categories
   * @param classifier the category of an element
   * @param order the order of the categories in the result
   * @return the collector
   */
  public static <T, K> Collector<T, ?, Distribution<K>> distribution(
      Function<? super T, ? extends K> classifier, Comparator<? super K> order) {
    return Collector.of(
        Counter<K>::new,
        (counter, element) -> counter.add(present(classifier.apply(element)), 1),
        Counter::merge,
        counter -> Distribution.of(counter.inOrder(counter.categories(order))),
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Counts elements per row and column category.
   *
   * @param <T> the type of the elements
   * @param <R> the type of the row categories
   * @param <C> the type of the column categories
   * @param rowClassifier the row category of an element
   * @param rows every row category, in order
   * @param columnClassifier the column category of an element
   * @param columns every column category, in order
   * @return the collector
   */
  public static <T, R, C> Collector<T, ?, CrossTable<R, C>> crossTable(
      Function<? super T, ? extends R> rowClassifier,
      List<R> rows,
      Function<? super T, ? extends C> columnClassifier,
      List<C> columns) {
    CategoryIndex<R> rowIndex = new CategoryIndex<>(rows);
    CategoryIndex<C> columnIndex = new CategoryIndex<>(columns);
    int width = columns.size();
    return Collector.<T, long[], CrossTable<R, C>>of(
        () -> new long[rows.size() * width],
        (counts, element) ->
            counts[rowIndex.of(rowClassifier.apply(element)) * width + columnIndex.of(columnClassifier.apply(element))]++,
        StatsCollectors::addCounts,
        counts -> {
          long[][] table = new long[rows.size()][width];
          for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(counts, r * width, table[r], 0, width);
          }
          return CrossTable.of(rows, columns, table);
        },
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Counts units by the combination of overlapping categories they are in; each element is one
   * unit.
   *
   * @param <T> the type of the elements (units)
   * @param <K> the type of the categories
   * @param categoriesOfUnit the categories a unit is in (possibly none)
   * @param categories every category, in order
   * @return the collector
   */
  public static <T, K> Collector<T, ?, Overlap<K>> overlap(
      Function<? super T, ? extends Collection<? extends K>> categoriesOfUnit, List<K> categories) {
    Set<K> allowed = distinct(categories);
    return Collector.<T, Counter<Set<K>>, Overlap<K>>of(
        Counter::new,
        (counter, element) -> counter.add(allowedCombination(categoriesOfUnit.apply(element), allowed), 1),
        Counter::merge,
        counter -> Overlap.of(categories, counter.counts),
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Counts unique units by the combination of overlapping categories, from records that each name
   * one unit and one category it is in: the same unit may occur in many records (a client with a
   * record per werksoort) and is counted once. The accumulator holds every unit's identity until
   * the end.
   *
   * @param <T> the type of the records
   * @param <K> the type of the categories
   * @param unit the identity of the unit a record is about (equal units must be equal)
   * @param category the category the record puts the unit in
   * @param categories every category, in order
   * @return the collector
   */
  public static <T, K> Collector<T, ?, Overlap<K>> overlapOfMemberships(
      Function<? super T, ?> unit, Function<? super T, ? extends K> category, List<K> categories) {
    Set<K> allowed = distinct(categories);
    return Collector.<T, Memberships<K>, Overlap<K>>of(
        Memberships::new,
        (memberships, record) ->
            memberships.add(present(unit.apply(record)), allowedCategory(category.apply(record), allowed)),
        Memberships::merge,
        memberships -> memberships.overlap(categories),
        Collector.Characteristics.UNORDERED);
  }

  /**
   * The rate of elements that satisfy a predicate among all elements, such as the share of cases
   * discussed with consent.
   *
   * @param <T> the type of the elements
   * @param kind what the rate measures
   * @param counted whether an element counts
   * @return the collector; over no elements the rate is undefined (0 of 0)
   */
  public static <T> Collector<T, ?, Rate> rate(Rate.Kind kind, Predicate<? super T> counted) {
    return Collector.of(
        () -> new long[2],
        (sums, element) -> {
          sums[0] += counted.test(element) ? 1 : 0;
          sums[1]++;
        },
        (left, right) -> {
          left[0] = Math.addExact(left[0], right[0]);
          left[1] = Math.addExact(left[1], right[1]);
          return left;
        },
        sums -> Rate.of(kind, sums[0], sums[1]),
        Collector.Characteristics.UNORDERED);
  }

  private static long[] addCounts(long[] left, long[] right) {
    for (int i = 0; i < left.length; i++) {
      left[i] = Math.addExact(left[i], right[i]);
    }
    return left;
  }

  private static <K> Set<K> distinct(List<K> categories) {
    Set<K> set = Set.copyOf(categories);
    if (set.size() != categories.size()) {
      throw new IllegalArgumentException("a category is listed twice");
    }
    return set;
  }

  private static <K> K present(K category) {
    if (category == null) {
      throw new IllegalArgumentException("an element has no category (null)");
    }
    return category;
  }

  private static <K> K allowedCategory(K category, Set<? extends K> allowed) {
    if (!allowed.contains(present(category))) {
      throw new IllegalArgumentException("an element has a category that is not in the given list");
    }
    return category;
  }

  private static <K> Set<K> allowedCombination(Collection<? extends K> combination, Set<K> allowed) {
    Set<K> copy = new HashSet<>();
    for (K category : combination) {
      copy.add(allowedCategory(category, allowed));
    }
    return Set.copyOf(copy);
  }

  /**
   * The position of each category in the caller's list, so that counting an element costs one
   * lookup and no allocation. Refuses a list naming a category twice, and null or unlisted
   * categories of elements.
   */
  private static final class CategoryIndex<K> {
    private final Map<K, Integer> positions = new HashMap<>();

    CategoryIndex(List<K> categories) {
      for (K category : categories) {
        if (positions.put(present(category), positions.size()) != null) {
          throw new IllegalArgumentException("a category is listed twice");
        }
      }
    }

    int of(Object category) {
      Integer position = positions.get(present(category));
      if (position == null) {
        throw new IllegalArgumentException("an element has a category that is not in the given list");
      }
      return position;
    }
  }

  /** A mutable count per key, the accumulator behind most collectors. */
  private static final class Counter<K> {
    private final Map<K, Long> counts = new HashMap<>();

    void add(K key, long count) {
      counts.merge(key, count, Math::addExact);
    }

    long count(Object key) {
      return counts.getOrDefault(key, 0L);
    }

    Counter<K> merge(Counter<K> other) {
      other.counts.forEach(this::add);
      return this;
    }

    List<K> categories(Comparator<? super K> order) {
      return counts.keySet().stream().sorted(order).collect(Collectors.toList());
    }

    Map<K, Long> inOrder(List<K> categories) {
      Map<K, Long> ordered = new LinkedHashMap<>();
      categories.forEach(category -> ordered.put(category, count(category)));
      return ordered;
    }
  }

  /** A mutable set of categories per unit. */
  private static final class Memberships<K> {
    private final Map<Object, Set<K>> categoriesPerUnit = new HashMap<>();

    void add(Object unit, K category) {
      categoriesPerUnit.computeIfAbsent(unit, u -> new HashSet<>()).add(category);
    }

    Memberships<K> merge(Memberships<K> other) {
      other.categoriesPerUnit.forEach((unit, categories) -> categories.forEach(category -> add(unit, category)));
      return this;
    }

    Overlap<K> overlap(List<K> categories) {
      Map<Set<K>, Long> combinations = new HashMap<>();
      categoriesPerUnit.values().forEach(set -> combinations.merge(Set.copyOf(set), 1L, Math::addExact));
      return Overlap.of(categories, combinations);
    }
  }
}
