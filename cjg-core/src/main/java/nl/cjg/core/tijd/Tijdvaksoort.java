package nl.cjg.core.tijd;

import java.time.LocalDate;

/**
 * The kinds of calendar piece a plan names as a moment: a day, a month, a quarter, a year, or an
 * approximate part of a year ("begin 2012", "najaar 2012", "eind 2012"). An approximate piece is
 * read with a fixed, documented convention so that it still has bounds: the meteorological seasons
 * and the first and last quarter of the year.
 */
public enum Tijdvaksoort {
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

  Tijdvaksoort(int maanden, int startmaand, boolean benaderd) {
    this.maanden = maanden;
    this.startmaand = startmaand;
    this.benaderd = benaderd;
  }

  /** Whether the seeds' phrase is approximate, so that its bounds are a convention. */
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
