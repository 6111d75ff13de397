package nl.cjg.core.werkplan;

import java.time.LocalDate;
import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A dated evaluation of a work plan or one of its topics: what was found and, for a topic, how far
 * it has come. The werkplan is evaluated in June and in October; the October outcome seeds the
 * next year's plan (Werkplan CJG Bergen 2012, evaluatie in juni en oktober).
 *
 * <p>Invariant (code {@value #TEKST_CODE}): the evaluation says something. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Evaluatie {
  Evaluatie() {}

  /** The code of the rule that an evaluation has a text. */
  public static final String TEKST_CODE = "EVALUATIE-S01";

  /** The day of the evaluation. */
  public abstract LocalDate datum();

  /** What the evaluation found. */
  public abstract String tekst();

  /** How far the topic has come according to this evaluation; empty when it states no outcome. */
  public abstract Optional<Voortgang> uitkomst();

  /**
   * A builder for an evaluation.
   *
   * <p>Required: {@link #datum()}, {@link #tekst()}; every other attribute is optional, a
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
   * Builds a {@link Evaluatie}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableEvaluatie.Builder {
    Builder() {}
  }

  @Value.Check
  void checkTekst() {
    InvalidValueException.require(!tekst().isBlank(), TEKST_CODE, "an evaluation needs a text (tekst)");
  }

  /** How far a work plan topic has come, as an evaluation states it. */
  public enum Voortgang {
    /** "gepland": planned, not yet under way; the state before any evaluation. */
    GEPLAND,
    /** "in uitvoering": under way. */
    IN_UITVOERING,
    /** "deels gerealiseerd": partly realised; work remains. */
    DEELS_GEREALISEERD,
    /** "gerealiseerd": the intended result is realised. */
    GEREALISEERD,
    /** "niet gerealiseerd": the plan year ended without the result. */
    NIET_GEREALISEERD
  }
}
