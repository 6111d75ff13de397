package nl.cjg.core.stats.operational;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.stats.DisclosureControl;
import nl.cjg.core.stats.Distribution;
import nl.cjg.core.stats.Rate;
import nl.cjg.core.stats.table.PublishedTable;
import nl.cjg.core.werkplan.Evaluatie;
import nl.cjg.core.werkplan.Werkplan;
import nl.cjg.core.werkplan.WerkplanItem;
import org.immutables.value.Value;

/**
 * The progress of work plans on a date (the peildatum): how many items there are, how far each has
 * come as the evaluations up to that day record ({@link WerkplanItem#statusOp}), how many are
 * overdue ({@link Werkplan#achterstalligOp}), and the next interim evaluation
 * ({@link Werkplan#volgendeEvaluatie}).
 *
 * <p>An accumulator: {@link #empty} is the identity of {@link #merge}, which is associative and
 * commutative for progress on the same date; over several plans the counts add up and the next
 * evaluation is the earliest. Invariants: the items are counted for every {@link Evaluatie.Voortgang} (code
 * {@value #CATEGORIES_CODE}); counts are not negative and at most all items are overdue (code
 * {@value #COUNT_CODE}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class WorkPlanProgress {
  WorkPlanProgress() {}

  /** The code of the rule that items are counted for every progress. */
  public static final String CATEGORIES_CODE = "WORKPLANPROGRESS-S01";

  /** The code of the rule that counts are not negative and the overdue items at most all items. */
  public static final String COUNT_CODE = "WORKPLANPROGRESS-S02";

  /** The day the progress is known on. */
  public abstract LocalDate peildatum();

  /** The number of work plans counted. */
  public abstract long werkplannen();

  /** The stored form of {@link #byVoortgang()}: the number of items per progress, for every progress. */
  public abstract Map<Evaluatie.Voortgang, Long> aantallenPerVoortgang();

  /** The number of items overdue on the peildatum. */
  public abstract long achterstallig();

  /** The earliest next interim evaluation of the plans on or after the peildatum, if any. */
  public abstract Optional<YearMonth> volgendeEvaluatie();

  /**
   * A builder, for progress read back from storage.
   *
   * <p>Required: {@link #peildatum()}, {@link #werkplannen()}, {@link #achterstallig()}; every
   * other attribute is optional, a collection that may stay empty, or has a default. {@code
   * build()} throws an {@link IllegalStateException} that names every required attribute not set,
   * and an {@link InvalidValueException} with the rule's code when the value would break an
   * invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link WorkPlanProgress}; {@link #builder()} names the required attributes. A list
   * or set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableWorkPlanProgress.Builder {
    Builder() {}
  }

  /**
   * No plans yet: the identity of {@link #merge}.
   *
   * @param peildatum the day the progress is to be known on
   * @return the empty progress
   */
  public static WorkPlanProgress empty(LocalDate peildatum) {
    return builder()
        .peildatum(peildatum)
        .werkplannen(0)
        .aantallenPerVoortgang(Distribution.empty(Arrays.asList(Evaluatie.Voortgang.values())).counts())
        .achterstallig(0)
        .build();
  }

  /**
   * This progress with one plan more.
   *
   * @param werkplan the plan
   * @return the new progress
   */
  public WorkPlanProgress add(Werkplan werkplan) {
    Distribution<Evaluatie.Voortgang> perVoortgang = Distribution.empty(Arrays.asList(Evaluatie.Voortgang.values()));
    for (WerkplanItem item : werkplan.items()) {
      perVoortgang = perVoortgang.add(item.statusOp(peildatum()), 1);
    }
    return merge(
        builder()
            .peildatum(peildatum())
            .werkplannen(1)
            .aantallenPerVoortgang(perVoortgang.counts())
            .achterstallig(werkplan.achterstalligOp(peildatum()).size())
            .volgendeEvaluatie(werkplan.volgendeEvaluatie(peildatum()))
            .build());
  }

  /**
   * The progress of two disjoint sets of plans together.
   *
   * @param other progress on the same day
   * @return the merged progress
   * @throws IllegalArgumentException when the peildatum differs
   */
  public WorkPlanProgress merge(WorkPlanProgress other) {
    if (!peildatum().equals(other.peildatum())) {
      throw new IllegalArgumentException("only progress on the same day (peildatum) can be merged");
    }
    Optional<YearMonth> volgende =
        Stream.of(volgendeEvaluatie(), other.volgendeEvaluatie()).flatMap(Optional::stream).min(Comparator.naturalOrder());
    return builder()
        .peildatum(peildatum())
        .werkplannen(Math.addExact(werkplannen(), other.werkplannen()))
        .aantallenPerVoortgang(byVoortgang().merge(other.byVoortgang()).counts())
        .achterstallig(Math.addExact(achterstallig(), other.achterstallig()))
        .volgendeEvaluatie(volgende)
        .build();
  }

  /** The items per progress on the peildatum, in the order of {@link Evaluatie.Voortgang}. */
  @Value.Lazy
  public Distribution<Evaluatie.Voortgang> byVoortgang() {
    Map<Evaluatie.Voortgang, Long> counts = new EnumMap<>(Evaluatie.Voortgang.class);
    counts.putAll(aantallenPerVoortgang());
    return Distribution.of(counts);
  }

  /** The number of items. */
  public long items() {
    return byVoortgang().total();
  }

  /** The number of items realised on the peildatum. */
  public long gerealiseerd() {
    return byVoortgang().count(Evaluatie.Voortgang.GEREALISEERD);
  }

  /** The share of items realised; undefined without items. */
  public Rate aandeelGerealiseerd() {
    return Rate.aandeel(gerealiseerd(), items());
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
   * The tables for publication, each protected by {@code control}: the items per progress
   * ({@code Werkplanitems per voortgang}) and overdue or not ({@code Werkplanitems achterstallig}),
   * with percentages of one decimal. Work plan items are not persons: pass
   * {@link DisclosureControl#internalUseOnly()} to show small counts.
   *
   * @param control the disclosure control
   * @return the tables by title, in order
   */
  public Map<String, PublishedTable> publish(DisclosureControl control) {
    Map<String, Long> achterstand = new LinkedHashMap<>();
    achterstand.put("achterstallig", achterstallig());
    achterstand.put("niet achterstallig", items() - achterstallig());
    Map<String, PublishedTable> tables = new LinkedHashMap<>();
    tables.put("Werkplanitems per voortgang", byVoortgang().publish("Voortgang", Labels::of, 1, control));
    tables.put(
        "Werkplanitems achterstallig",
        Distribution.of(achterstand).publish("Achterstallig", Function.identity(), 1, control));
    return Collections.unmodifiableMap(tables);
  }

  @Value.Check
  void checkProgress() {
    InvalidValueException.require(
        aantallenPerVoortgang().keySet().equals(EnumSet.allOf(Evaluatie.Voortgang.class)),
        CATEGORIES_CODE,
        "the items per progress (aantallenPerVoortgang) are counted for every progress");
    InvalidValueException.require(
        aantallenPerVoortgang().values().stream().allMatch(count -> count >= 0)
            && werkplannen() >= 0
            && achterstallig() >= 0
            && achterstallig() <= items(),
        COUNT_CODE,
        "the counts of items, plans and overdue items (aantallenPerVoortgang, werkplannen, achterstallig) are not negative,"
            + " and no more items are overdue than there are");
  }
}
