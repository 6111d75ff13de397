package nl.cjg.core.aanbod;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.tijd.Datumbereik;
import nl.cjg.core.validation.internal.Rules;
import org.immutables.value.Value;

/**
 * The measures of one offering over one period, as the partners report them in the werkplan 2012:
 * counts only, each optional because every source reports other ones. Rates are computed from
 * them by the statistics package: reach (bereik) is deelnemers / doelgroepgrootte, attendance
 * (opkomstpercentage) is opgekomen / doelgroepgrootte, realisation against the BTP is contacten /
 * norm.
 *
 * <p>Several measures of one offering in one period are told apart by {@link #omschrijving()}
 * (the JGZ doctor's contact moments and the nurse's) or by {@link #kernen()} (the opvoedspreekuur
 * in Egmond and in Bergen). A measure the source lists without a figure ("onbekend") is a measure
 * with no counts.
 *
 * <p>Invariants: counts not negative (code {@value #NEGATIVE_CODE}); a description, when given,
 * is not blank (code {@value #DESCRIPTION_CODE}). Business rule {@code AANBOD-003}. Immutable
 * and thread-safe.
 */
@Value.Immutable
@Rules(AanbodRules.class)
public abstract class Kengetal {
  Kengetal() {}

  /** The code of the rule that counts are not negative. */
  public static final String NEGATIVE_CODE = "KENGETAL-S01";

  /** The code of the rule that a given description is not blank. */
  public static final String DESCRIPTION_CODE = "KENGETAL-S02";

  /** The period measured. */
  public abstract Datumbereik periode();

  /** Which part of the offering is measured, for example {@code arts JGZ} or {@code speciaal basisonderwijs}. */
  public abstract Optional<String> omschrijving();

  /** Where the measure was taken; empty for the whole area of the offering. */
  public abstract Set<Kern> kernen();

  /**
   * Participants, or visitors, as the source counts them: children screened, course participants,
   * unique clients, visitors of an activity (a visitor who comes back may count again).
   */
  public abstract Optional<Integer> deelnemers();

  /** Contacts performed: conversations, contact moments, begeleidingscontacten. */
  public abstract Optional<Integer> contacten();

  /** Trajectories: courses of help or training, such as video hometraining. */
  public abstract Optional<Integer> trajecten();

  /**
   * The size of the group the offering is meant for in this period: the base of reach and, for a
   * contact moment to which everyone of an age is invited, of attendance.
   */
  public abstract Optional<Integer> doelgroepgrootte();

  /** How many of the doelgroep came (for attendance, opkomst). */
  public abstract Optional<Integer> opgekomen();

  /** The contacts to be performed according to the BasisTakenPakket (BTP): the norm. */
  public abstract Optional<Integer> norm();

  /** Breakdowns of this measure by characteristic. */
  public abstract List<@Valid Uitsplitsing> uitsplitsingen();

  /**
   * The percentages the source publishes for this measure, often without the count or base they
   * come from: bereik hielprik 73%, opkomstpercentage 96.9%, logopedie 72 / 20 / 8%. Rules {@code
   * AANBOD-006} and {@code AANBOD-007} check them against the counts where the measure has them.
   */
  public abstract List<@Valid Percentage> percentages();

  /**
   * A builder for a measure.
   *
   * <p>Required: {@link #periode()}; every other attribute is optional, a collection that may
   * stay empty, or has a default. {@code build()} throws an {@link IllegalStateException} that
   * names every required attribute not set, and an {@link InvalidValueException} with the rule's
   * code when the value would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Kengetal}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableKengetal.Builder {
    Builder() {}
  }

  /**
   * A percentage as a source publishes it, with or without the count and base it comes from: what
   * it is a percentage of, which kind of rate it is and its value with the decimals shown. From the
   * shown decimals follow the counts and bases that could have given it ({@link
   * #mogelijkeNoemers}, {@link #mogelijkeTellers}): 73% of 123 hielprikken means 168 or 169
   * children were to be reached.
   *
   * <p>Invariants: a description that is not blank (code {@value #WAT_CODE}) and a value not
   * below 0 (code {@value #WAARDE_CODE}); a realisation against a norm may exceed 100 (127% of
   * the BTP). Immutable and thread-safe.
   */
  @Value.Immutable
  public abstract static class Percentage {
    Percentage() {}

    /** The code of the rule that a percentage says what it is of. */
    public static final String WAT_CODE = "PERCENTAGE-S01";

    /** The code of the rule that a percentage is not negative. */
    public static final String WAARDE_CODE = "PERCENTAGE-S02";

    /** The most counts or bases {@link #mogelijkeNoemers} and {@link #mogelijkeTellers} list. */
    public static final int MAX_MOGELIJKHEDEN = 100_000;

    private static final BigDecimal HONDERD = BigDecimal.valueOf(100);

    /** What it is a percentage of, as the source words it: {@code bereik hielprik}, {@code geen vervolgactie nodig}. */
    public abstract String wat();

    /** Which kind of rate it is. */
    public abstract Soort soort();

    /** The value as published, with its shown decimals: {@code 99.4}, {@code 73}. */
    public abstract BigDecimal waarde();

    /**
     * A percentage.
     *
     * @param wat what it is a percentage of
     * @param soort the kind of rate
     * @param waarde the value as published
     * @return the percentage
     */
    public static Percentage of(String wat, Soort soort, String waarde) {
      return ImmutablePercentage.builder().wat(wat).soort(soort).waarde(new BigDecimal(waarde)).build();
    }

    /**
     * A builder for a percentage.
     *
     * <p>Required: {@link #wat()}, {@link #soort()}, {@link #waarde()}. {@code build()} throws an
     * {@link IllegalStateException} that names every required attribute not set, and an {@link
     * InvalidValueException} with the rule's code when the value would break an invariant.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Percentage}; {@link #builder()} names the required attributes. A builder is not thread-safe. */
    public static final class Builder extends ImmutablePercentage.Builder {
      Builder() {}
    }

    /**
     * Whether {@code teller} of {@code noemer} gives this percentage at its shown decimals: the
     * exact value lies within half a unit of the last shown decimal, as {@code TableAudit} reads a
     * published percentage.
     *
     * @param teller the count
     * @param noemer the base, above 0
     * @return whether they give this percentage
     * @throws IllegalArgumentException when {@code noemer} is not above 0
     */
    public boolean klopt(long teller, long noemer) {
      BigDecimal exact = BigDecimal.valueOf(teller).multiply(HONDERD);
      BigDecimal base = basis(noemer);
      return exact.compareTo(ondergrens().multiply(base)) >= 0 && exact.compareTo(bovengrens().multiply(base)) <= 0;
    }

    /**
     * The bases that give this percentage for a count, ascending: 73% of 123 is a base of 168 or
     * 169. Empty when no base does, and for a percentage of 0 (every base would).
     *
     * @param teller the count, not negative
     * @return the possible bases
     * @throws IllegalArgumentException when more than {@value #MAX_MOGELIJKHEDEN} bases would do
     *     (a percentage shown too coarsely for so large a count)
     */
    public List<Long> mogelijkeNoemers(long teller) {
      if (teller < 0) {
        return List.of();
      }
      Interval noemers = noemers(teller);
      return noemers.isBounded() ? bereik(noemers) : List.of();
    }

    /**
     * The counts that give this percentage of a base, ascending: 72% of 209 is 150 or 151.
     *
     * @param noemer the base, above 0
     * @return the possible counts, not negative
     * @throws IllegalArgumentException when {@code noemer} is not above 0, or more than {@value
     *     #MAX_MOGELIJKHEDEN} counts would do
     */
    public List<Long> mogelijkeTellers(long noemer) {
      return bereik(tellers(noemer));
    }

    /**
     * The interval of counts that give this percentage of a base at its shown decimals: 72% of 209
     * is 150 to 151, 108.1% of a norm of 1385 is 1497 to 1497. Every count in it gives this
     * percentage ({@link #klopt}), no count outside it does.
     *
     * @param noemer the base, above 0
     * @return the counts, not negative; empty when none does (a shown value finer than the base
     *     allows)
     * @throws IllegalArgumentException when {@code noemer} is not above 0
     */
    public Interval tellers(long noemer) {
      BigDecimal base = basis(noemer);
      BigDecimal laagst = ondergrens().multiply(base).divide(HONDERD, 0, RoundingMode.CEILING).max(BigDecimal.ZERO);
      BigDecimal hoogst = bovengrens().multiply(base).divide(HONDERD, 0, RoundingMode.FLOOR);
      return Interval.of(laagst, hoogst);
    }

    /**
     * The interval of bases that give this percentage for a count at its shown decimals: 73% for
     * 123 is a base of 168 to 169. Every base in it gives this percentage ({@link #klopt}), no base
     * above 0 outside it does. For a percentage that rounds from 0 the interval is open above
     * ({@link Interval#isBounded()} false): 0% of a count of 0 fits every base, 0% of 3 every base
     * from 601.
     *
     * @param teller the count
     * @return the bases, above 0; empty when none does
     * @throws IllegalArgumentException when {@code teller} is negative
     */
    public Interval noemers(long teller) {
      if (teller < 0) {
        throw new IllegalArgumentException("the count (teller) of a percentage cannot be negative, was " + teller);
      }
      BigDecimal exact = BigDecimal.valueOf(teller).multiply(HONDERD);
      BigDecimal laagst = exact.divide(bovengrens(), 0, RoundingMode.CEILING).max(BigDecimal.ONE);
      if (ondergrens().signum() <= 0) {
        return Interval.of(laagst, null);
      }
      return Interval.of(laagst, exact.divide(ondergrens(), 0, RoundingMode.FLOOR));
    }

    private static BigDecimal basis(long noemer) {
      if (noemer <= 0) {
        throw new IllegalArgumentException("the base (noemer) of a percentage must be above 0, was " + noemer);
      }
      return BigDecimal.valueOf(noemer);
    }

    private static List<Long> bereik(Interval interval) {
      if (interval.isEmpty()) {
        return List.of();
      }
      if (interval.highest() - interval.lowest() >= MAX_MOGELIJKHEDEN) {
        throw new IllegalArgumentException(
            "more than " + MAX_MOGELIJKHEDEN + " values give this percentage; it is shown too coarsely for the count");
      }
      return LongStream.rangeClosed(interval.lowest(), interval.highest()).boxed().toList();
    }

    private BigDecimal halveEenheid() {
      return BigDecimal.ONE.movePointLeft(Math.max(0, waarde().scale())).divide(BigDecimal.valueOf(2));
    }

    private BigDecimal ondergrens() {
      return waarde().subtract(halveEenheid());
    }

    private BigDecimal bovengrens() {
      return waarde().add(halveEenheid());
    }

    @Value.Check
    void checkPercentage() {
      InvalidValueException.require(!wat().isBlank(), WAT_CODE, "a percentage says what it is of (wat)");
      InvalidValueException.require(waarde().signum() >= 0, WAARDE_CODE, "a percentage (waarde) is not negative");
    }

    /**
     * An interval of whole numbers from {@link #lowest()} to {@link #highest()}, both included: the
     * counts or bases a shown percentage admits. An interval open above has {@link Long#MAX_VALUE}
     * as its highest value. Immutable and thread-safe.
     */
    public static final class Interval {
      private static final Interval EMPTY = new Interval(1, 0);

      private final long lowest;
      private final long highest;

      private Interval(long lowest, long highest) {
        this.lowest = lowest;
        this.highest = highest;
      }

      /**
       * The whole numbers from {@code lowest} to {@code highest}, both included.
       *
       * @param lowest the lowest value
       * @param highest the highest value; below {@code lowest} for the empty interval
       * @return the interval
       */
      public static Interval of(long lowest, long highest) {
        return lowest > highest ? EMPTY : new Interval(lowest, highest);
      }

      /** The whole numbers between two whole bounds; {@code null} or beyond a long above: open above. */
      static Interval of(BigDecimal lowest, BigDecimal highest) {
        BigDecimal max = BigDecimal.valueOf(Long.MAX_VALUE);
        if (lowest.compareTo(max) > 0) {
          return EMPTY;
        }
        return of(lowest.longValueExact(), highest == null || highest.compareTo(max) > 0 ? Long.MAX_VALUE : highest.longValueExact());
      }

      /** The lowest value; meaningless for the empty interval. */
      public long lowest() {
        return lowest;
      }

      /** The highest value, {@link Long#MAX_VALUE} when the interval is open above; meaningless for the empty interval. */
      public long highest() {
        return highest;
      }

      /** Whether no whole number lies in the interval. */
      public boolean isEmpty() {
        return lowest > highest;
      }

      /** Whether the interval has a highest value below {@link Long#MAX_VALUE}. */
      public boolean isBounded() {
        return highest < Long.MAX_VALUE;
      }

      /**
       * Whether {@code value} lies in the interval.
       *
       * @param value a whole number
       * @return whether it lies from the lowest to the highest value
       */
      public boolean contains(long value) {
        return lowest <= value && value <= highest;
      }

      /**
       * The sums of a value of this interval and a value of the other: shares of 150–151 and 41–42
       * can add up to 191–193. Empty when either is; open above when either is.
       *
       * @param other the other interval
       * @return the interval of the sums
       */
      public Interval plus(Interval other) {
        if (isEmpty() || other.isEmpty()) {
          return EMPTY;
        }
        return of(saturatedSum(lowest, other.lowest), saturatedSum(highest, other.highest));
      }

      private static long saturatedSum(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : sum;
      }

      @Override
      public boolean equals(Object other) {
        return other instanceof Interval interval
            && (isEmpty() ? interval.isEmpty() : lowest == interval.lowest && highest == interval.highest);
      }

      @Override
      public int hashCode() {
        return isEmpty() ? 0 : Long.hashCode(lowest) * 31 + Long.hashCode(highest);
      }

      /** {@code [168, 169]}, {@code [601, ∞)} or {@code []}. */
      @Override
      public String toString() {
        if (isEmpty()) {
          return "[]";
        }
        return "[" + lowest + ", " + (isBounded() ? highest + "]" : "\u221e)");
      }
    }

    /** Which rate a percentage is, and so which counts of its measure it comes from. */
    public enum Soort {
      /** Bereik: deelnemers of the doelgroepgrootte. */
      BEREIK,
      /** Opkomstpercentage: opgekomen of the doelgroepgrootte (or, without it, of those invited). */
      OPKOMST,
      /** Uitgevoerd ten opzichte van het BTP: contacten of the norm; may exceed 100. */
      UITVOERING_TOV_NORM,
      /** A share of the deelnemers, one category of a partition of them (logopedie: 72 / 20 / 8%). */
      AANDEEL
    }
  }

  /**
   * The count of this measure that a rate of this kind is a percentage of: deelnemers for bereik,
   * opgekomen for opkomst, contacten for uitvoering t.o.v. BTP; none for a share (aandeel), whose
   * count the source does not give.
   *
   * @param soort the kind of rate
   * @return the count, when the measure has it
   */
  public Optional<Integer> teller(Percentage.Soort soort) {
    return switch (soort) {
      case BEREIK -> deelnemers();
      case OPKOMST -> opgekomen();
      case UITVOERING_TOV_NORM -> contacten();
      case AANDEEL -> Optional.empty();
    };
  }

  /**
   * The base of this measure that a rate of this kind is taken of: doelgroepgrootte for bereik and
   * opkomst, norm for uitvoering t.o.v. BTP, deelnemers for a share (aandeel).
   *
   * @param soort the kind of rate
   * @return the base, when the measure has it
   */
  public Optional<Integer> noemer(Percentage.Soort soort) {
    return switch (soort) {
      case BEREIK, OPKOMST -> doelgroepgrootte();
      case UITVOERING_TOV_NORM -> norm();
      case AANDEEL -> deelnemers();
    };
  }

  @Value.Check
  void checkCounts() {
    boolean notNegative =
        Stream.of(deelnemers(), contacten(), trajecten(), doelgroepgrootte(), opgekomen(), norm())
            .allMatch(count -> count.orElse(0) >= 0);
    InvalidValueException.require(notNegative, NEGATIVE_CODE, "the counts of a measure (kengetal) cannot be negative");
    InvalidValueException.require(
        omschrijving().filter(String::isBlank).isEmpty(),
        DESCRIPTION_CODE,
        "a measure's description (omschrijving) cannot be blank");
  }
}
