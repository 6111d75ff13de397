package nl.cjg.core.tijd;

import java.time.LocalDate;
import org.immutables.value.Value;
import nl.cjg.core.InvalidValueException;

/**
 * An exact range of calendar dates with both ends included: the period a measure covers (a year,
 * "Jaarverslag JGZ 2010"; a quarter, "3e kwartaal 2011"), the period a meeting schedule is asked
 * about, or days without a meeting (a school holiday). For periods as people write them — partial,
 * approximate or open-ended — see {@link Periode}.
 *
 * <p>Invariant (code {@value #ORDER_CODE}): the end does not lie before the begin. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Datumbereik {
  Datumbereik() {}

  /** The code of the rule that a period does not end before it begins. */
  public static final String ORDER_CODE = "DATUMBEREIK-S01";

  /** The code of the rule that a quarter is numbered 1 to 4. */
  public static final String QUARTER_CODE = "DATUMBEREIK-S02";

  /** The first day of the period. */
  @Value.Parameter
  public abstract LocalDate begin();

  /** The last day of the period, included. */
  @Value.Parameter
  public abstract LocalDate eind();

  /**
   * The period from {@code begin} through {@code eind}.
   *
   * @param begin the first day
   * @param eind the last day, not before {@code begin}
   * @return the period
   * @throws InvalidValueException with code {@value #ORDER_CODE} when {@code eind} lies before {@code begin}
   */
  public static Datumbereik of(LocalDate begin, LocalDate eind) {
    return ImmutableDatumbereik.of(begin, eind);
  }

  /**
   * A single day.
   *
   * @param dag the day
   * @return the range {@code [dag, dag]}
   */
  public static Datumbereik dag(LocalDate dag) {
    return of(dag, dag);
  }

  /**
   * A calendar year.
   *
   * @param jaar for example 2011
   * @return 1 January through 31 December of that year
   */
  public static Datumbereik jaar(int jaar) {
    return of(LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31));
  }

  /**
   * A quarter of a calendar year.
   *
   * @param jaar for example 2011
   * @param kwartaal 1 to 4
   * @return the three months of that quarter
   * @throws InvalidValueException with code {@value #QUARTER_CODE} when {@code kwartaal} is not 1 to 4
   */
  public static Datumbereik kwartaal(int jaar, int kwartaal) {
    InvalidValueException.require(kwartaal >= 1 && kwartaal <= 4, QUARTER_CODE, "a quarter (kwartaal) is numbered 1 to 4");
    LocalDate begin = LocalDate.of(jaar, 3 * kwartaal - 2, 1);
    return of(begin, begin.plusMonths(3).minusDays(1));
  }

  /** Whether {@code datum} lies in the period, both ends included. */
  public boolean bevat(LocalDate datum) {
    return !datum.isBefore(begin()) && !datum.isAfter(eind());
  }

  @Value.Check
  void checkOrder() {
    InvalidValueException.require(
        !eind().isBefore(begin()), ORDER_CODE, "a period's end (eind) cannot lie before its begin (begin)");
  }

  /**
   * A builder.
   *
   * <p>Required: {@link #begin()}, {@link #eind()}; every other attribute is optional, a
   * collection that may stay empty, or has a default. {@code build()} throws an {@link
   * IllegalStateException} that names every required attribute not set, and an {@link
   * InvalidValueException} with the rule's code when the value would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Datumbereik}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableDatumbereik.Builder {
    Builder() {}
  }
}
