package nl.cjg.core.tijd;

import java.time.LocalDate;
import java.time.YearMonth;
import nl.cjg.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * One calendar piece a plan names as a moment: a day, a month, a quarter, a year or an approximate
 * part of a year (see {@link Soort}). It runs from {@link #begin()} through {@link #eind()},
 * both inclusive. The building block of a {@link Periode}.
 *
 * <p>Invariants: the piece begins where a piece of its kind begins (code {@value #BEGIN_CODE}: a
 * month on its first day, a quarter in januari, april, juli or oktober, "najaar" on 1 september),
 * and its year lies in 1–9999 (code {@value #JAAR_CODE}). Two pieces are equal when kind and begin
 * are equal: "2012" and "januari 2012 – december 2012" cover the same days but are different
 * pieces. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Tijdvak {
  Tijdvak() {}

  /** The code of the rule that a piece begins where a piece of its kind begins. */
  public static final String BEGIN_CODE = "TIJDVAK-S01";

  /** The code of the rule that the year lies in 1–9999. */
  public static final String JAAR_CODE = "TIJDVAK-S02";

  /** The kind of piece. */
  @Value.Parameter
  public abstract Soort soort();

  /** The first day of the piece. */
  @Value.Parameter
  public abstract LocalDate begin();

  /** The last day of the piece, inclusive. */
  public LocalDate eind() {
    return soort().eind(begin());
  }

  /** Whether the piece is an approximate phrase, whose bounds are a convention. */
  public boolean isBenaderd() {
    return soort().isBenaderd();
  }

  /** Whether {@code datum} lies in the piece, bounds included. */
  public boolean bevat(LocalDate datum) {
    return !datum.isBefore(begin()) && !datum.isAfter(eind());
  }

  /**
   * The piece of a kind that begins on {@code begin}.
   *
   * @param soort the kind
   * @param begin the first day, where a piece of that kind begins
   * @return the piece
   * @throws InvalidValueException with code {@value #BEGIN_CODE} or {@value #JAAR_CODE}
   */
  public static Tijdvak of(Soort soort, LocalDate begin) {
    return ImmutableTijdvak.of(soort, begin);
  }

  /** The day {@code datum}: "4 december 2008". */
  public static Tijdvak dag(LocalDate datum) {
    return of(Soort.DAG, datum);
  }

  /** The month {@code maand}: "november 2008". */
  public static Tijdvak maand(YearMonth maand) {
    return of(Soort.MAAND, maand.atDay(1));
  }

  /**
   * A quarter: {@code kwartaal(2011, 3)} is "3e kwartaal 2011", juli–september.
   *
   * @param jaar the year
   * @param kwartaal 1 to 4
   * @return the quarter
   * @throws InvalidValueException with code {@value #BEGIN_CODE} when the quarter is not 1 to 4
   */
  public static Tijdvak kwartaal(int jaar, int kwartaal) {
    InvalidValueException.require(kwartaal >= 1 && kwartaal <= 4, BEGIN_CODE, "a quarter (kwartaal) is numbered 1 to 4");
    return of(Soort.KWARTAAL, jaarBegin(jaar).withMonth(3 * kwartaal - 2));
  }

  /** The calendar year {@code jaar}: "2010". */
  public static Tijdvak jaar(int jaar) {
    return inJaar(Soort.JAAR, jaar);
  }

  /**
   * The piece of a year-bound kind in {@code jaar}: {@code inJaar(NAJAAR, 2012)} is "najaar 2012".
   *
   * @param soort a kind for which {@link Soort#isJaargebonden()} holds
   * @param jaar the year
   * @return the piece
   * @throws IllegalArgumentException when the kind needs more than a year (a day, month or quarter)
   */
  public static Tijdvak inJaar(Soort soort, int jaar) {
    if (!soort.isJaargebonden()) {
      throw new IllegalArgumentException(soort + " needs more than a year");
    }
    return of(soort, jaarBegin(jaar).withMonth(soort.startmaand()));
  }

  /** The canonical Dutch text, as {@link Periode#parse} reads it: "3e kwartaal 2011". */
  @Override
  public String toString() {
    return PeriodeTekst.format(this);
  }

  private static LocalDate jaarBegin(int jaar) {
    requireJaar(jaar);
    return LocalDate.of(jaar, 1, 1);
  }

  private static void requireJaar(int jaar) {
    InvalidValueException.require(jaar >= 1 && jaar <= 9999, JAAR_CODE, "a year (jaar) lies in 1–9999");
  }

  @Value.Check
  void checkBegin() {
    requireJaar(begin().getYear());
    InvalidValueException.require(
        soort().kanBeginnenOp(begin()), BEGIN_CODE, "the begin does not start a piece of this kind (soort)");
  }

  /**
   * A builder.
   *
   * <p>Required: {@link #soort()}, {@link #begin()}; every other attribute is optional, a
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
   * Builds a {@link Tijdvak}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableTijdvak.Builder {
    Builder() {}
  }

  /**
   * The kinds of calendar piece a plan names as a moment: a day, a month, a quarter, a year, or an
   * approximate part of a year ("begin 2012", "najaar 2012", "eind 2012"). An approximate piece is
   * read with a fixed, documented convention so that it still has bounds: the meteorological seasons
   * and the first and last quarter of the year.
   */
  public enum Soort {
    /** One day: "4 december 2008". */
    DAG(0, 0, false),
    /** A calendar month: "november 2008". */
    MAAND(1, 0, false),
    /** A quarter: "3e kwartaal 2011" is juli–september 2011. */
    KWARTAAL(3, 0, false),
    /** A calendar year: "2010". */
    JAAR(12, 1, false),
    /** "begin 2012": approximate, read as januari–maart. */
    BEGIN_JAAR(3, 1, true),
    /** "voorjaar 2012": approximate, read as the meteorological spring, maart–mei. */
    VOORJAAR(3, 3, true),
    /** "zomer 2012": approximate, read as the meteorological summer, juni–augustus. */
    ZOMER(3, 6, true),
    /** "najaar 2012": approximate, read as the meteorological autumn, september–november. */
    NAJAAR(3, 9, true),
    /** "eind 2012" or "einde van 2012": approximate, read as oktober–december. */
    EIND_JAAR(3, 10, true);

    private final int maanden;
    private final int startmaand;
    private final boolean benaderd;

    Soort(int maanden, int startmaand, boolean benaderd) {
      this.maanden = maanden;
      this.startmaand = startmaand;
      this.benaderd = benaderd;
    }

    /** Whether the sources' phrase is approximate, so that its bounds are a convention. */
    public boolean isBenaderd() {
      return benaderd;
    }

    /**
     * Whether this kind is anchored to one fixed place in its year (a year, a season, the begin or
     * end of a year), so that the year alone determines the piece.
     */
    public boolean isJaargebonden() {
      return startmaand != 0;
    }

    /**
     * The first month of a year-bound piece.
     *
     * @throws IllegalStateException for {@link #DAG}, {@link #MAAND} and {@link #KWARTAAL}
     */
    int startmaand() {
      if (!isJaargebonden()) {
        throw new IllegalStateException(this + " is not bound to one place in its year");
      }
      return startmaand;
    }

    /** Whether a piece of this kind can begin on {@code begin}. */
    boolean kanBeginnenOp(LocalDate begin) {
      if (this == DAG) {
        return true;
      }
      if (begin.getDayOfMonth() != 1) {
        return false;
      }
      if (this == MAAND) {
        return true;
      }
      if (this == KWARTAAL) {
        return (begin.getMonthValue() - 1) % 3 == 0;
      }
      return begin.getMonthValue() == startmaand;
    }

    /** The last day of the piece of this kind that begins on {@code begin}. */
    LocalDate eind(LocalDate begin) {
      return this == DAG ? begin : begin.plusMonths(maanden).minusDays(1);
    }
  }
}
