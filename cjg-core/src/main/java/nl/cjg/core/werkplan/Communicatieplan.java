package nl.cjg.core.werkplan;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.validation.internal.Rules;
import org.immutables.value.Value;

/**
 * The communication plan of a CJG (Communicatieplan CJG Bergen 2012, chapters 1–11): the communication problem and main goal, the
 * target groups with their sizes, the strategic choices per term, the steps with their goals and
 * means, the budget, and the 0- and 1-meting of awareness that tell whether the goals were met.
 *
 * <p>Invariants: the budget is in euros, not negative, with at most two decimals, and is held with
 * exactly two ({@code 19000} becomes {@code 19000.00}; code {@value #BUDGET_CODE}); strategic
 * choices have distinct numbers (code {@value #KEUZES_CODE}); steps have distinct numbers (code
 * {@value #STAPPEN_CODE}). Business rules: {@code COMMUNICATIEPLAN-001} (the 1-meting after the
 * 0-meting), {@code COMMUNICATIEPLAN-002} (every step carries out a strategic choice) and, per
 * step, {@code COMMUNICATIEPLAN-003}. Immutable and thread-safe.
 */
@Value.Immutable
@Rules(WerkplanRules.class)
public abstract class Communicatieplan {
  Communicatieplan() {}

  /** The code of the budget rule: euros, not negative, at most two decimals. */
  public static final String BUDGET_CODE = "COMMUNICATIEPLAN-S01";

  /** The code of the rule that strategic choices have distinct numbers. */
  public static final String KEUZES_CODE = "COMMUNICATIEPLAN-S02";

  /** The code of the rule that steps have distinct numbers. */
  public static final String STAPPEN_CODE = "COMMUNICATIEPLAN-S03";

  private static final int CENTEN = 2;

  /** The year the plan and its budget are for. */
  public abstract Year jaar();

  /** The day the core partners adopted the plan ("vastgesteld door de kernpartners op 25 april 2012"). */
  public abstract Optional<LocalDate> vastgesteldOp();

  /** The communication problem, as a question. */
  public abstract String probleem();

  /** The main goal (doel op hoofdlijnen): "Bekendheid genereren en toegankelijk maken van het Centrum voor jeugd en gezin". */
  public abstract String doel();

  /** The target groups with their sizes. */
  public abstract List<@Valid Communicatiedoelgroep> doelgroepen();

  /** The main strategies, in the plan's words ("informeren … en dialogiseren …"). */
  public abstract Optional<String> hoofdstrategie();

  /** The strategic choices, each with its term. */
  public abstract List<@Valid StrategischeKeuze> keuzes();

  /** The steps of the plan of approach. */
  public abstract List<@Valid Communicatiestap> stappen();

  /** The available budget in euros, with two decimals: 19000.00. */
  public abstract BigDecimal budget();

  /** The measurement of awareness before the campaign. */
  public abstract Optional<@Valid Meting> nulmeting();

  /** The measurement of awareness after the campaign. */
  public abstract Optional<@Valid Meting> eenmeting();

  /**
   * A builder for a communication plan.
   *
   * <p>Required: {@link #jaar()}, {@link #probleem()}, {@link #doel()}, {@link #budget()}; every
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
   * Builds a {@link Communicatieplan}; {@link #builder()} names the required attributes. A list
   * or set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableCommunicatieplan.Builder {
    Builder() {}
  }

  /** The strategic choices of {@code termijn}, in the plan's order. */
  public List<StrategischeKeuze> keuzes(StrategischeKeuze.Termijn termijn) {
    return keuzes().stream().filter(keuze -> keuze.termijn() == termijn).toList();
  }

  /** The strategic choice with number {@code nummer}, if the plan has one. */
  public Optional<StrategischeKeuze> keuze(int nummer) {
    return keuzes().stream().filter(keuze -> keuze.nummer() == nummer).findFirst();
  }

  /**
   * How much awareness rose from the 0-meting to the 1-meting, in percentage points (each share
   * rounded to one decimal first, as {@link Meting#percentageBekend()}); negative when it fell.
   *
   * @return the change, or empty while either measurement is missing
   */
  public Optional<BigDecimal> toenameBekendheid() {
    return nulmeting().flatMap(voor -> eenmeting().map(na -> na.percentageBekend().subtract(voor.percentageBekend())));
  }

  @Value.Check
  Communicatieplan normalise() {
    InvalidValueException.require(budget().signum() >= 0, BUDGET_CODE, "the budget is not negative");
    InvalidValueException.require(
        budget().stripTrailingZeros().scale() <= CENTEN, BUDGET_CODE, "the budget has at most two decimals (cents)");
    DistinctNumbers.require(keuzes(), StrategischeKeuze::nummer, KEUZES_CODE, "two strategic choices (keuzes) share a number");
    DistinctNumbers.require(stappen(), Communicatiestap::nummer, STAPPEN_CODE, "two steps (stappen) share a number");
    if (budget().scale() == CENTEN) {
      return this;
    }
    return builder().from(this).budget(budget().setScale(CENTEN, RoundingMode.UNNECESSARY)).build();
  }
}
