package nl.cjg.core.stats.operational;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.stream.Collector;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsindeling;
import nl.cjg.core.werkplan.Werkplan;

/**
 * The operational figures as {@link Collector}s, for sequential and parallel streams: a final class
 * of static factories, like {@link nl.cjg.core.stats.StatsCollectors}.
 *
 * <p>Each collector folds the elements into an immutable accumulator, a batch at a time, with its
 * {@code plusAll} or {@code plus}, and combines the parts of a parallel stream with its
 * {@code merge}; as merging is associative with the empty figures as identity, a parallel stream
 * gives the sequential result. Memory stays constant however many elements are collected. The collectors of
 * cases, meetings and work plans are unordered: their categories are fixed in advance, so the
 * order of the elements changes nothing.
 *
 * <p>This class is stateless and thread-safe; each collector may be reused.
 */
public final class OperationalCollectors {
  /** The number of elements a folding collector counts at once. */
  private static final int BATCH = 1024;

  private OperationalCollectors() {}

  /**
   * Counts cases per kern × band, status × consent and in the Verwijsindex.
   *
   * @param kernen the kernen to count in rows of their own, in order
   * @param leeftijdsindeling the bands to count in columns of their own
   * @return the collector
   */
  public static Collector<Casus, ?, CaseFigures> cases(List<Kern> kernen, Leeftijdsindeling leeftijdsindeling) {
    return folding(CaseFigures.empty(kernen, leeftijdsindeling), CaseFigures::addAll, CaseFigures::merge, true);
  }

  /**
   * Counts case meetings: their number, minutes planned and spent, and the parents present.
   *
   * @return the collector
   */
  public static Collector<Casusoverleg, ?, MeetingFigures> meetings() {
    return folding(MeetingFigures.empty(), each(MeetingFigures::add), MeetingFigures::merge, true);
  }

  /**
   * Counts cases as requests to the case meeting: requested, discussed (with or without consent)
   * and redirected.
   *
   * @return the collector
   */
  public static Collector<Casus, ?, MeetingFigures> requests() {
    return folding(MeetingFigures.empty(), each(MeetingFigures::add), MeetingFigures::merge, true);
  }

  /**
   * The progress of work plans on a day.
   *
   * @param peildatum the day
   * @return the collector
   */
  public static Collector<Werkplan, ?, WorkPlanProgress> workPlans(LocalDate peildatum) {
    return folding(WorkPlanProgress.empty(peildatum), each(WorkPlanProgress::add), WorkPlanProgress::merge, true);
  }

  /**
   * Counts every record of a dataset where it belongs (see {@link OperationalFigures#plusAll}).
   *
   * @param empty the figures to start from, which fix the kernen, bands and peildatum; for
   *     example {@link OperationalFigures#bergen(LocalDate)}
   * @return the collector; it keeps the order of an ordered stream, so that rows and target groups
   *     found along the way come in the order met
   */
  public static Collector<Object, ?, OperationalFigures> dataset(OperationalFigures empty) {
    return folding(empty, OperationalFigures::addAll, OperationalFigures::merge, false);
  }

  /** A batch function that adds the elements one by one. */
  private static <T, A> BiFunction<A, List<T>, A> each(BiFunction<A, T, A> plus) {
    return (figures, batch) -> {
      A result = figures;
      for (T element : batch) {
        result = plus.apply(result, element);
      }
      return result;
    };
  }

  /**
   * A collector that folds elements into an immutable accumulator, a batch of at most
   * {@value #BATCH} elements at a time, so that its memory stays constant.
   */
  private static <T, A> Collector<T, ?, A> folding(
      A identity, BiFunction<A, List<T>, A> plusAll, BinaryOperator<A> merge, boolean unordered) {
    Collector.Characteristics[] characteristics =
        unordered ? new Collector.Characteristics[] {Collector.Characteristics.UNORDERED} : new Collector.Characteristics[0];
    return Collector.<T, Batches<T, A>, A>of(
        () -> new Batches<>(identity, plusAll),
        Batches::add,
        (left, right) -> left.merge(right, merge),
        Batches::result,
        characteristics);
  }

  /** The mutable container of a folding collector: the figures so far and a batch not yet added. */
  private static final class Batches<T, A> {
    private final BiFunction<A, List<T>, A> plusAll;
    private final List<T> batch = new ArrayList<>();
    private A figures;

    Batches(A identity, BiFunction<A, List<T>, A> plusAll) {
      this.figures = identity;
      this.plusAll = plusAll;
    }

    void add(T element) {
      batch.add(element);
      if (batch.size() == BATCH) {
        flush();
      }
    }

    Batches<T, A> merge(Batches<T, A> other, BinaryOperator<A> merge) {
      figures = merge.apply(result(), other.result());
      return this;
    }

    A result() {
      flush();
      return figures;
    }

    private void flush() {
      if (!batch.isEmpty()) {
        figures = plusAll.apply(figures, List.copyOf(batch));
        batch.clear();
      }
    }
  }
}
