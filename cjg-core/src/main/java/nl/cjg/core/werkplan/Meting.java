package nl.cjg.core.werkplan;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.stats.ProportionComparison;
import nl.cjg.core.stats.Rate;
import nl.cjg.core.tijd.Periode;
import org.immutables.value.Value;

/**
 * A measurement of how well-known the CJG is: of a sample, how many know it (Communicatieplan CJG Bergen 2012, 11. evaluatie, the 0- and
 * 1-meting). Counts, not percentages, so that measurements can be compared and combined;
 * {@link #percentageBekend()} derives the share. The 0-meting of the sources is the
 * "Klanttevredenheidsonderzoek Wmo gemeente Bergen, 2011": 20 percent of parents know the CJG.
 *
 * <p>When it was held is a {@link Periode}, because sources often name only a month or a year.
 * Invariants: the sample is at least 1 (code {@value #STEEKPROEF_CODE}) and the number aware lies
 * between 0 and the sample (code {@value #BEKEND_CODE}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Meting {
  Meting() {}

  /** The code of the rule that the sample is at least 1. */
  public static final String STEEKPROEF_CODE = "METING-S01";

  /** The code of the rule that the number aware lies between 0 and the sample. */
  public static final String BEKEND_CODE = "METING-S02";

  /** The code of the rule that the outcomes name each aspect at most once, and not kennis. */
  public static final String UITKOMSTEN_CODE = "METING-S04";

  /** When the measurement was held: "2011". */
  public abstract Periode periode();

  /** How many were asked. */
  public abstract int steekproef();

  /** How many of them know the CJG. */
  public abstract int bekend();

  /** The source: "Klanttevredenheidsonderzoek Wmo gemeente Bergen, 2011". */
  public abstract Optional<String> bron();

  /**
   * The outcomes on attitude, behaviour and use, each with its own sample: the communicatieplan's
   * 1-meting tells "of haar kennis-, houding- en gedragsdoelstelling behaald zijn", and the earlier
   * research "hoeveel ouders het CJG kennen en of zij er gebruik van maken" (Communicatieplan CJG
   * Bergen 2012, hoofdstuk 11, Evaluatie). Knowledge is {@link #bekend()} of {@link #steekproef()};
   * at most one outcome per aspect, none for {@link Aspect#KENNIS} (code {@value #UITKOMSTEN_CODE}).
   */
  public abstract List<@Valid Uitkomst> uitkomsten();

  /**
   * A builder for a measurement.
   *
   * <p>Required: {@link #periode()}, {@link #steekproef()}, {@link #bekend()}; every other
   * attribute is optional, a collection that may stay empty, or has a default. {@code build()}
   * throws an {@link IllegalStateException} that names every required attribute not set, and an
   * {@link InvalidValueException} with the rule's code when the value would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Meting}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableMeting.Builder {
    Builder() {}
  }

  /** The share that knows the CJG, as a percentage with one decimal, rounded half up: 80 of 400 is 20.0. */
  public BigDecimal percentageBekend() {
    return BigDecimal.valueOf(bekend())
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(steekproef()), 1, RoundingMode.HALF_UP);
  }

  /**
   * The share of the sample with the outcome on {@code aspect}: knowledge from {@link #bekend()}
   * of {@link #steekproef()}, the others from {@link #uitkomsten()}.
   *
   * @param aspect the aspect
   * @return the share, or empty when this measurement did not measure it
   */
  public Optional<Rate> aandeel(Aspect aspect) {
    if (aspect == Aspect.KENNIS) {
      return Optional.of(Rate.aandeel(bekend(), steekproef()));
    }
    return uitkomsten().stream().filter(u -> u.aspect() == aspect).findFirst().map(u -> Rate.aandeel(u.aantal(), u.steekproef()));
  }

  /**
   * This measurement compared with an earlier one on one aspect: the two shares, the difference
   * and its confidence interval (95%, {@link ProportionComparison}). The 1-meting compared with the
   * 0-meting tells whether a goal of the communicatieplan was reached by more than chance.
   *
   * @param eerder the earlier measurement, such as the 0-meting
   * @param aspect the aspect compared
   * @return the comparison, or empty when either measurement did not measure the aspect
   */
  public Optional<ProportionComparison> vergelijkMet(Meting eerder, Aspect aspect) {
    return eerder.aandeel(aspect).flatMap(voor -> aandeel(aspect).map(na -> ProportionComparison.of(voor, na)));
  }

  /**
   * What a measurement asks about, as the communicatieplan sets its goals (kennis, houding, gedrag;
   * Communicatieplan CJG Bergen 2012, hoofdstuk 7) and measures use ("bezoek website of partner",
   * hoofdstuk 11).
   */
  public enum Aspect {
    /** Kennis: knows the CJG and that questions about raising children can be asked there. */
    KENNIS,
    /** Houding: sees the CJG as a trustworthy organisation to ask for advice. */
    HOUDING,
    /** Gedrag: contacts the CJG in time when there is a question. */
    GEDRAG,
    /** Gebruik: has used the CJG, by visiting its website or a partner. */
    GEBRUIK
  }

  /**
   * One outcome of a measurement: of a sample asked about one aspect, how many have it.
   * Invariants: the sample is at least 1 and the count lies between 0 and it (code {@value
   * #AANTAL_CODE}). Immutable and thread-safe.
   */
  @Value.Immutable
  public abstract static class Uitkomst {
    Uitkomst() {}

    /** The code of the rule that an outcome's sample is at least 1 and its count within it. */
    public static final String AANTAL_CODE = "METING-S03";

    /** The aspect measured. */
    public abstract Aspect aspect();

    /** How many were asked about it. */
    public abstract int steekproef();

    /** How many of them have it. */
    public abstract int aantal();

    /**
     * An outcome.
     *
     * @param aspect the aspect
     * @param aantal how many have it
     * @param steekproef how many were asked
     * @return the outcome
     */
    public static Uitkomst of(Aspect aspect, int aantal, int steekproef) {
      return ImmutableUitkomst.builder().aspect(aspect).aantal(aantal).steekproef(steekproef).build();
    }

    /**
     * A builder for an outcome.
     *
     * <p>Required: {@link #aspect()}, {@link #steekproef()}, {@link #aantal()}. {@code build()}
     * throws an {@link IllegalStateException} that names every required attribute not set, and an
     * {@link InvalidValueException} with the rule's code when the value would break an invariant.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds an {@link Uitkomst}; {@link #builder()} names the required attributes. A builder is not thread-safe. */
    public static final class Builder extends ImmutableUitkomst.Builder {
      Builder() {}
    }

    @Value.Check
    void checkAantal() {
      InvalidValueException.require(
          steekproef() >= 1 && aantal() >= 0 && aantal() <= steekproef(),
          AANTAL_CODE,
          "an outcome's sample (steekproef) is at least 1 and its count (aantal) lies between 0 and it");
    }
  }

  @Value.Check
  void checkAantallen() {
    long aspecten = uitkomsten().stream().map(Uitkomst::aspect).distinct().count();
    InvalidValueException.require(
        aspecten == uitkomsten().size() && uitkomsten().stream().noneMatch(u -> u.aspect() == Aspect.KENNIS),
        UITKOMSTEN_CODE,
        "a measurement has at most one outcome (uitkomsten) per aspect, and none for kennis, which is bekend of steekproef");
    InvalidValueException.require(steekproef() >= 1, STEEKPROEF_CODE, "a measurement's sample (steekproef) is at least 1");
    InvalidValueException.require(
        bekend() >= 0 && bekend() <= steekproef(),
        BEKEND_CODE,
        "the number aware (bekend) lies between 0 and the sample (steekproef)");
  }
}
