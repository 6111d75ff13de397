package nl.cjg.core.werkplan;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import nl.cjg.core.validation.internal.Rules;
import org.immutables.value.Value;

/**
 * The yearly work plan of a CJG (the werkplan / uitvoeringsdocument, as the Werkplan CJG Bergen 2012): the long-term
 * vision and the topics the core partners focus on that year, each with its planning and
 * evaluations. In June and in October progress is evaluated; the October outcome seeds the next
 * year's plan.
 *
 * <p>Invariant (code {@value #NUMMERS_CODE}): no two items share a number. Business rules:
 * {@code WERKPLAN-001} (no evaluation before the plan year) and {@code WERKPLAN-002} (every
 * deadline in the plan year). Immutable and thread-safe.
 */
@Value.Immutable
@Rules(WerkplanRules.class)
public abstract class Werkplan {
  Werkplan() {}

  /** The code of the rule that item numbers are unique within a plan. */
  public static final String NUMMERS_CODE = "WERKPLAN-S01";

  /** The months of the interim evaluations: "In juni en in oktober wordt de voortgang tussentijds geëvalueerd". */
  private static final List<Month> EVALUATIEMAANDEN = List.of(Month.JUNE, Month.OCTOBER);

  /** The plan year. */
  public abstract Year jaar();

  /** The long-term vision (CJG visie voor de lange termijn) the topics serve. */
  public abstract String visie();

  /** The topics, in the plan's order. */
  public abstract List<@Valid WerkplanItem> items();

  /** Evaluations of the plan as a whole ("Het CJG Bergen werkt sinds 2012 met een werkplan …"). */
  public abstract List<@Valid Evaluatie> evaluaties();

  /**
   * A builder for a work plan.
   *
   * <p>Required: {@link #jaar()}, {@link #visie()}; every other attribute is optional, a
   * collection that may stay empty, or has a default. {@code build()} throws an {@link
   * IllegalStateException} that names every required attribute not set, and an {@link
   * nl.cjg.core.InvalidValueException} with the rule's code when the value would break an
   * invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Werkplan}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableWerkplan.Builder {
    Builder() {}
  }

  /** The item with number {@code nummer}, if the plan has one. */
  public Optional<WerkplanItem> item(int nummer) {
    return items().stream().filter(item -> item.nummer() == nummer).findFirst();
  }

  /**
   * The items overdue on {@code datum}: their deadline has come and the evaluations up to that day
   * do not record them as realised (see {@link WerkplanItem#isAchterstalligOp(LocalDate)}).
   *
   * @param datum the day of interest
   * @return the overdue items, in the plan's order
   */
  public List<WerkplanItem> achterstalligOp(LocalDate datum) {
    return items().stream().filter(item -> item.isAchterstalligOp(datum)).toList();
  }

  /** The interim evaluation moments: June and October of the plan year. */
  public List<YearMonth> tussentijdseEvaluaties() {
    return EVALUATIEMAANDEN.stream().map(maand -> jaar().atMonth(maand)).toList();
  }

  /**
   * The next interim evaluation moment on or after {@code datum}: the month of {@code datum}
   * itself counts.
   *
   * @param datum the day of interest
   * @return the moment, or empty when October of the plan year has passed
   */
  public Optional<YearMonth> volgendeEvaluatie(LocalDate datum) {
    YearMonth maand = YearMonth.from(datum);
    return tussentijdseEvaluaties().stream().filter(moment -> !moment.isBefore(maand)).findFirst();
  }

  @Value.Check
  void checkNummers() {
    DistinctNumbers.require(items(), WerkplanItem::nummer, NUMMERS_CODE, "two items share a number (nummer)");
  }
}
