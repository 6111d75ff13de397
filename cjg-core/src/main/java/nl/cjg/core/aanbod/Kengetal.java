package nl.cjg.core.aanbod;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
