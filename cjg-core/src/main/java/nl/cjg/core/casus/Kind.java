package nl.cjg.core.casus;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.id.Pseudoniem;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijd;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.validation.internal.Rules;
import org.immutables.value.Value;

/**
 * The child or young person of a case ("gegevens kind/jongere" on the bespreekformulier), in a form
 * that suits both anonymous and identified cases: what identifies the child is one optional block,
 * {@link #persoonsgegevens()}; the rest (age, kern, school) does not identify on its own.
 *
 * <p>The age is given at most once (code {@value #ONE_AGE_CODE}): by the birth date in the
 * identifying block, or, when that is unknown or may not be shared, as whole years
 * ({@link #leeftijd()}, from 0 to {@value #MAX_LEEFTIJD}: code {@value #AGE_RANGE_CODE}) or as an age band
 * ({@link #leeftijdsgroep()}), both as on the form's date. In a research export the identifying
 * block is replaced by a {@link #pseudoniem()}; a child never has both (code {@value
 * #PSEUDONYM_CODE}). Ethnicity and school career are
 * personal data and never show in {@code toString}. Immutable and thread-safe.
 */
@Value.Immutable
@Rules(CasusRules.class)
public abstract class Kind {
  Kind() {}

  /** The code of the rule that the age is given at most once. */
  public static final String ONE_AGE_CODE = "KIND-S01";

  /** The code of the rule that an age in years lies from 0 to {@value #MAX_LEEFTIJD}. */
  public static final String AGE_RANGE_CODE = "KIND-S02";

  /** The code of the rule that a pseudonym replaces the identifying data rather than accompanies them. */
  public static final String PSEUDONYM_CODE = "KIND-S03";

  /** The highest age in years a child's data can hold: beyond any human age. */
  public static final int MAX_LEEFTIJD = 150;

  /** What identifies the child; empty in an anonymous case. */
  public abstract Optional<@Valid Persoonsgegevens> persoonsgegevens();

  /**
   * The pseudonym of the child's BSN in a research export (made by {@code
   * nl.cjg.core.privacy.Onderzoeksexport}); links the records of one child without identifying it.
   */
  public abstract Optional<Pseudoniem> pseudoniem();

  /** The age in whole years on the form's date, when no birth date is given. */
  public abstract Optional<Integer> leeftijd();

  /** The age band on the form's date, when neither birth date nor age is given. */
  public abstract Optional<Leeftijdsgroep> leeftijdsgroep();

  /** The kern (village) the child lives in. */
  public abstract Optional<Kern> kern();

  /** Oorspronkelijke aanmelder bij CJG: the organisation that first brought the child to the CJG. */
  public abstract Optional<String> oorspronkelijkeAanmelder();

  /** KDV/peuterspeelzaal: the day care or playgroup, asked for children aged 0 to 4. */
  public abstract Optional<String> kinderdagverblijfOfPeuterspeelzaal();

  /** Naam school: the name of the child's school. */
  public abstract Optional<String> school();

  /** Groep/klas: the school year or class, for example {@code groep 6} or {@code 2 havo}. */
  public abstract Optional<String> groepOfKlas();

  /** Schoolloopbaan: the school career so far. Personal data. */
  @Value.Redacted
  public abstract Optional<String> schoolloopbaan();

  /** Etniciteit. A special category of personal data (AVG art. 9). */
  @Value.Redacted
  public abstract Optional<String> etniciteit();

  /**
   * A builder for the child's data.
   *
   * <p>Nothing is required: every attribute is optional, a collection that may stay empty, or has
   * a default. {@code build()} throws an {@link IllegalStateException} that names every required
   * attribute not set, and an {@link InvalidValueException} with the rule's code when the value
   * would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Kind}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableKind.Builder {
    Builder() {}
  }

  /** The birth date, when the identifying block holds one. */
  public Optional<LocalDate> geboortedatum() {
    return persoonsgegevens().flatMap(Persoonsgegevens::geboortedatum);
  }

  /**
   * The ages the child may have on {@code datum}, the date of the form: one year when the birth
   * date or the age is known, the band when only a band is known.
   *
   * @param datum the date of the form, to which {@link #leeftijd()} and {@link #leeftijdsgroep()}
   *     refer
   * @return the possible ages; empty when no age is given or when the child is born after
   *     {@code datum}
   */
  public Optional<Leeftijdsgroep> leeftijdenOp(LocalDate datum) {
    Optional<LocalDate> geboren = geboortedatum();
    if (geboren.isPresent()) {
      LocalDate birth = geboren.get();
      return birth.isAfter(datum) ? Optional.empty() : Optional.of(exact(Leeftijd.opDatum(birth, datum)));
    }
    return leeftijd().map(Kind::exact).or(this::leeftijdsgroep);
  }

  private static Leeftijdsgroep exact(int jaren) {
    return Leeftijdsgroep.of(jaren, jaren + 1);
  }

  @Value.Check
  void checkAge() {
    int given = (geboortedatum().isPresent() ? 1 : 0) + (leeftijd().isPresent() ? 1 : 0) + (leeftijdsgroep().isPresent() ? 1 : 0);
    InvalidValueException.require(
        given <= 1,
        ONE_AGE_CODE,
        "give the child's age once: birth date (geboortedatum), age (leeftijd) or band (leeftijdsgroep)");
    InvalidValueException.require(
        leeftijd().map(jaren -> jaren >= 0 && jaren <= MAX_LEEFTIJD).orElse(true),
        AGE_RANGE_CODE,
        "the age (leeftijd) lies from 0 to " + MAX_LEEFTIJD + " years");
    InvalidValueException.require(
        pseudoniem().isEmpty() || persoonsgegevens().isEmpty(),
        PSEUDONYM_CODE,
        "a pseudonym (pseudoniem) replaces the identifying data (persoonsgegevens): give one, not both");
  }
}
