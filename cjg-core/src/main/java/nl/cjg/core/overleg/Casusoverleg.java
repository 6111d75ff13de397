package nl.cjg.core.overleg;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.casus.Afspraak;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.validation.internal.Rules;
import org.immutables.value.Value;

/**
 * One CJG case meeting: its date and chair, the fixed CJG team, the partners who joined per case,
 * the cases discussed (by kenmerk), the time planned and spent, whether the parents were present
 * per case, and the afsprakenlijst.
 *
 * <p>The sources plan a meeting at one and a half hours ({@value #STANDAARD_GEPLANDE_MINUTEN}
 * minutes); in the pilot every meeting ran half an hour to an hour over. Invariant (code
 * {@value #MINUTES_CODE}): minutes are not negative. Everything recorded per case is keyed by the
 * case's kenmerk, which is not personal data. Immutable and thread-safe.
 */
@Value.Immutable
@Rules(OverlegRules.class)
public abstract class Casusoverleg {
  Casusoverleg() {}

  /** The code of the rule that minutes are not negative. */
  public static final String MINUTES_CODE = "OVERLEG-S01";

  /** The planned length of a meeting in the sources: anderhalf uur. */
  public static final int STANDAARD_GEPLANDE_MINUTEN = 90;

  /** The date of the meeting. */
  public abstract LocalDate datum();

  /** The chair; rule {@code OVERLEG-001} asks for the procesregisseur. */
  @Valid
  public abstract Voorzitter voorzitter();

  /** The fixed CJG team present: organisation and function, names optional and never shown. */
  public abstract List<@Valid Professional> vastTeam();

  /** The partners who joined for one case, by the case's kenmerk. */
  public abstract Map<String, List<@Valid Professional>> aanschuivendePartners();

  /** The kenmerken of the cases on the agenda, in the order discussed. */
  public abstract Set<String> casussen();

  /** The planned length in minutes; {@value #STANDAARD_GEPLANDE_MINUTEN} unless set. */
  @Value.Default
  public int geplandeMinuten() {
    return STANDAARD_GEPLANDE_MINUTEN;
  }

  /** The length the meeting actually took, in minutes, once it was held. */
  public abstract Optional<Integer> bestedeMinuten();

  /** Per case kenmerk, whether the parents (or the young person) were present; absent when not recorded. */
  public abstract Map<String, Boolean> oudersAanwezig();

  /** The afsprakenlijst: who does what by when, for which case. */
  public abstract List<@Valid Afspraak> afsprakenlijst();

  /**
   * A builder for a case meeting.
   *
   * <p>Required: {@link #datum()}, {@link #voorzitter()}; every other attribute is optional, a
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
   * Builds a {@link Casusoverleg}; {@link #builder()} names the required attributes. A list or
   * set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableCasusoverleg.Builder {
    Builder() {}
  }

  @Value.Check
  void checkMinutes() {
    InvalidValueException.require(
        geplandeMinuten() >= 0, MINUTES_CODE, "planned minutes (geplandeMinuten) cannot be negative");
    InvalidValueException.require(
        bestedeMinuten().map(minuten -> minuten >= 0).orElse(true),
        MINUTES_CODE,
        "minutes spent (bestedeMinuten) cannot be negative");
  }
}
