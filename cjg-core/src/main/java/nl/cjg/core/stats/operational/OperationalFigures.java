package nl.cjg.core.stats.operational;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.stream.Collector;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Casusstatus;
import nl.cjg.core.overleg.Agendaplanning;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.populatie.Doelgroep;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsindeling;
import nl.cjg.core.populatie.Populatie;
import nl.cjg.core.sample.SampleRecord;
import nl.cjg.core.stats.DisclosureControl;
import nl.cjg.core.stats.table.PublishedTable;
import nl.cjg.core.stats.table.TableConventions;
import nl.cjg.core.werkplan.Werkplan;
import org.immutables.value.Value;

/**
 * The operational figures of a whole dataset: one value that takes any record and counts it where
 * it belongs, so that a dataset of any size streams through it in constant memory.
 *
 * <p>{@link #add(Object)} dispatches by type: a {@link Casus} counts in {@link #cases()} and as a
 * request in {@link #meetings()}; a {@link Casusoverleg} counts as a meeting in {@link
 * #meetings()}; an {@link Agendaplanning} counts in {@link #planning()}, kept apart from the
 * meetings held; a {@link Werkplan} counts in {@link #workPlans()}; a {@link Populatie} and a
 * {@link Doelgroep} in {@link #population()}; a {@link SampleRecord} counts as its value. Any other
 * record (a partner, an offering, a family plan, a Verwijsindex signal) is counted in
 * {@link #otherRecords()} only.
 *
 * <p>An accumulator: {@link #empty} is the identity of {@link #merge}, which is associative; see
 * each part for the order of its categories. As a {@link java.util.stream.Collector}:
 * {@link OperationalCollectors#dataset}. Invariant (code {@value #OTHER_CODE}): the count of other
 * records is not negative. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OperationalFigures {
  OperationalFigures() {}

  /** The code of the rule that the count of other records is not negative. */
  public static final String OTHER_CODE = "OPERATIONALFIGURES-S01";

  /** The cases per kern, band, status and consent. */
  public abstract CaseFigures cases();

  /** The meetings held and the requests, from case meetings and cases. */
  public abstract MeetingFigures meetings();

  /** The meetings and requests of agenda plannings. */
  public abstract MeetingFigures planning();

  /** The progress of the work plans on the peildatum. */
  public abstract WorkPlanProgress workPlans();

  /** The population and target groups. */
  public abstract PopulationFigures population();

  /** The number of records not counted in any figure. */
  public abstract long otherRecords();

  /**
   * A builder, for figures read back from storage.
   *
   * <p>Required: {@link #cases()}, {@link #meetings()}, {@link #planning()}, {@link
   * #workPlans()}, {@link #population()}, {@link #otherRecords()}; every other attribute is
   * optional, a collection that may stay empty, or has a default. {@code build()} throws an
   * {@link IllegalStateException} that names every required attribute not set, and an {@link
   * InvalidValueException} with the rule's code when the value would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link OperationalFigures}; {@link #builder()} names the required attributes. A list
   * or set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableOperationalFigures.Builder {
    Builder() {}
  }

  /**
   * Nothing counted yet: the identity of {@link #merge}.
   *
   * @param peildatum the day the work plans' progress is to be known on
   * @param kernen the kernen to count cases in, in order
   * @param leeftijdsindeling the bands to count cases in
   * @return the empty figures
   */
  public static OperationalFigures empty(LocalDate peildatum, List<Kern> kernen, Leeftijdsindeling leeftijdsindeling) {
    return builder()
        .cases(CaseFigures.empty(kernen, leeftijdsindeling))
        .meetings(MeetingFigures.empty())
        .planning(MeetingFigures.empty())
        .workPlans(WorkPlanProgress.empty(peildatum))
        .population(PopulationFigures.empty())
        .otherRecords(0)
        .build();
  }

  /**
   * Nothing counted yet, with the cases counted by the kernen of Bergen and the CJG service bands
   * (see {@link CaseFigures#bergen()}).
   *
   * @param peildatum the day the work plans' progress is to be known on
   * @return the empty figures
   */
  public static OperationalFigures bergen(LocalDate peildatum) {
    CaseFigures cases = CaseFigures.bergen();
    return empty(peildatum, cases.kernen(), cases.leeftijdsindeling());
  }

  /**
   * These figures with one record more, counted by its type. To count many records,
   * {@link #addAll} is much faster.
   *
   * @param record any record of a dataset, or a {@link SampleRecord}
   * @return the new figures
   */
  public OperationalFigures add(Object record) {
    return addAll(List.of(record));
  }

  /**
   * These figures with a batch of records more, each counted by its type; the cases of the batch
   * are counted together (see {@link CaseFigures#addAll}).
   *
   * @param records records of a dataset, or {@link SampleRecord}s
   * @return the new figures
   */
  public OperationalFigures addAll(Collection<?> records) {
    List<Casus> casussen = new ArrayList<>();
    MeetingFigures meetings = meetings();
    MeetingFigures planning = planning();
    WorkPlanProgress workPlans = workPlans();
    PopulationFigures population = population();
    long other = otherRecords();
    for (Object element : records) {
      Object record = element instanceof SampleRecord sample ? sample.value() : element;
      if (record instanceof Casus casus) {
        casussen.add(casus);
        meetings = meetings.add(casus);
      } else if (record instanceof Casusoverleg overleg) {
        meetings = meetings.add(overleg);
      } else if (record instanceof Agendaplanning agendaplanning) {
        planning = planning.add(agendaplanning);
      } else if (record instanceof Werkplan werkplan) {
        workPlans = workPlans.add(werkplan);
      } else if (record instanceof Populatie populatie) {
        population = population.add(populatie);
      } else if (record instanceof Doelgroep doelgroep) {
        population = population.add(doelgroep);
      } else {
        other = Math.addExact(other, 1);
      }
    }
    return builder()
        .cases(casussen.isEmpty() ? cases() : cases().addAll(casussen))
        .meetings(meetings)
        .planning(planning)
        .workPlans(workPlans)
        .population(population)
        .otherRecords(other)
        .build();
  }

  /**
   * The figures of two disjoint sets of records together.
   *
   * @param other figures with the same kernen, bands and peildatum
   * @return the merged figures
   * @throws IllegalArgumentException when kernen, bands or peildatum differ
   */
  public OperationalFigures merge(OperationalFigures other) {
    return builder()
        .cases(cases().merge(other.cases()))
        .meetings(meetings().merge(other.meetings()))
        .planning(planning().merge(other.planning()))
        .workPlans(workPlans().merge(other.workPlans()))
        .population(population().merge(other.population()))
        .otherRecords(Math.addExact(otherRecords(), other.otherRecords()))
        .build();
  }

  /**
   * All tables for publication, protected by {@link DisclosureControl#standard()}.
   *
   * @return the tables by title, in order
   * @see #publish(DisclosureControl)
   */
  public Map<String, PublishedTable> publish() {
    return publish(DisclosureControl.standard());
  }

  /**
   * All tables for publication, each protected by {@code control}: those of the cases, the meetings
   * held ({@code Casusoverleggen}), the planning ({@code Agendaplanning}), the work plans and the
   * population, in that order. The tables state some figures more than once (the number of cases
   * in each case table and as {@code Aanvragen}, the cases redirected as a status and as
   * {@code Doorverwezen}); such a figure withheld in one table is withheld in all, with what is
   * computed from it, so that the tables are protected together.
   *
   * @param control the disclosure control; {@link DisclosureControl#internalUseOnly()} to opt out
   * @return the tables by title, in order
   */
  public Map<String, PublishedTable> publish(DisclosureControl control) {
    Map<String, PublishedTable> tables = new LinkedHashMap<>(cases().publish(control));
    tables.put(MEETINGS, meetings().publish(control));
    LinkedCells.withholdTogether(
        tables,
        List.of(
            new LinkedCells.Place(CaseFigures.PER_KERN, TableConventions.TOTAL, TableConventions.TOTAL),
            new LinkedCells.Place(CaseFigures.PER_STATUS, TableConventions.TOTAL, TableConventions.TOTAL),
            new LinkedCells.Place(CaseFigures.IN_VERWIJSINDEX, TableConventions.TOTAL, "Aantal"),
            new LinkedCells.Place(MEETINGS, "Aanvragen", "Waarde")),
        Map.of(MEETINGS, List.of("Aanvragen per overleg")));
    LinkedCells.withholdTogether(
        tables,
        List.of(
            new LinkedCells.Place(CaseFigures.PER_STATUS, Labels.of(Casusstatus.DOORVERWEZEN), TableConventions.TOTAL),
            new LinkedCells.Place(MEETINGS, "Doorverwezen", "Waarde")),
        Map.of());
    tables.put("Agendaplanning", planning().publish(control));
    tables.putAll(workPlans().publish(control));
    tables.putAll(population().publish(control));
    return Collections.unmodifiableMap(tables);
  }

  /** The title of the meetings' key figures. */
  private static final String MEETINGS = "Casusoverleggen";

  @Value.Check
  void checkOther() {
    InvalidValueException.require(
        otherRecords() >= 0, OTHER_CODE, "the count of other records (otherRecords) cannot be negative");
  }

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
  public static final class OperationalCollectors {
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
     * Counts every record of a dataset where it belongs (see {@link OperationalFigures#addAll}).
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
}
