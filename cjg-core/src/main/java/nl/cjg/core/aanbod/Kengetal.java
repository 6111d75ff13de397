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
      if (ondergrens().signum() <= 0 || teller < 0) {
        return List.of();
      }
      BigDecimal exact = BigDecimal.valueOf(teller).multiply(HONDERD);
      long van = Math.max(1, exact.divide(bovengrens(), 0, RoundingMode.CEILING).longValueExact());
      long tot = exact.divide(ondergrens(), 0, RoundingMode.FLOOR).longValueExact();
      return bereik(van, tot);
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
      return bereik(minTeller(noemer), maxTeller(noemer));
    }

    /** The lowest count that gives this percentage of {@code noemer} (above the highest when none does). */
    long minTeller(long noemer) {
      return Math.max(0, ondergrens().multiply(basis(noemer)).divide(HONDERD, 0, RoundingMode.CEILING).longValueExact());
    }

    /** The highest count that gives this percentage of {@code noemer}. */
    long maxTeller(long noemer) {
      return bovengrens().multiply(basis(noemer)).divide(HONDERD, 0, RoundingMode.FLOOR).longValueExact();
    }

    private static BigDecimal basis(long noemer) {
      if (noemer <= 0) {
        throw new IllegalArgumentException("the base (noemer) of a percentage must be above 0, was " + noemer);
      }
      return BigDecimal.valueOf(noemer);
    }

    private static List<Long> bereik(long van, long tot) {
      if (tot - van >= MAX_MOGELIJKHEDEN) {
        throw new IllegalArgumentException(
            "more than " + MAX_MOGELIJKHEDEN + " values give this percentage; it is shown too coarsely for the count");
      }
      return LongStream.rangeClosed(van, tot).boxed().toList();
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
