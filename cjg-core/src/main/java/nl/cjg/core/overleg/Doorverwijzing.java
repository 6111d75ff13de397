package nl.cjg.core.overleg;

import java.time.LocalDate;
import nl.cjg.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A request that the planner redirected within the network instead of putting it on an agenda,
 * with the reason and the date of the meeting at which that was decided.
 *
 * <p>Invariant (code {@value Aanvraag#BEFORE_REQUEST_CODE}): the date does not lie before the
 * request date. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Doorverwijzing {
  Doorverwijzing() {}

  /** The redirected request. */
  @Value.Parameter
  public abstract Aanvraag aanvraag();

  /** Why it was redirected. */
  @Value.Parameter
  public abstract Reden reden();

  /** The date of the meeting at which it was redirected. */
  @Value.Parameter
  public abstract LocalDate datum();

  /**
   * The redirection of {@code aanvraag} for {@code reden} at the meeting of {@code datum}.
   *
   * @param aanvraag the request
   * @param reden why it is redirected
   * @param datum the date of the meeting at which it is redirected
   * @return the redirection
   * @throws InvalidValueException with code {@value Aanvraag#BEFORE_REQUEST_CODE} when
   *     {@code datum} lies before the request date
   */
  public static Doorverwijzing of(Aanvraag aanvraag, Reden reden, LocalDate datum) {
    return ImmutableDoorverwijzing.of(aanvraag, reden, datum);
  }

  /**
   * A builder for a redirection.
   *
   * <p>Required: {@link #aanvraag()}, {@link #reden()}, {@link #datum()}; every other attribute
   * is optional, a collection that may stay empty, or has a default. {@code build()} throws an
   * {@link IllegalStateException} that names every required attribute not set, and an {@link
   * InvalidValueException} with the rule's code when the value would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Doorverwijzing}; {@link #builder()} names the required attributes. A list or
   * set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableDoorverwijzing.Builder {
    Builder() {}
  }

  @Value.Check
  void checkDate() {
    InvalidValueException.require(
        !datum().isBefore(aanvraag().aanvraagdatum()),
        Aanvraag.BEFORE_REQUEST_CODE,
        "a request cannot be redirected (datum) before it was made (aanvraagdatum)");
  }

  /**
   * Why a request was not put on an agenda but redirected within the network ("op een andere manier
   * binnen het netwerk uitgezet", Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de pilot (overige evaluatiepunten)). A redirected request is taken up elsewhere; it is
   * never dropped.
   */
  public enum Reden {
    /**
     * Elders in behandeling: the case is being treated elsewhere, so the case meeting gives no advice
     * and the CJG supports the way to care instead (Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de pilot (aandachtspunten en aanbevelingen)).
     */
    ELDERS_IN_BEHANDELING,

    /** Te vaak uitgesteld: the request was passed over for lack of time as often as the rules allow. */
    TE_VAAK_UITGESTELD,

    /** Wachttijd verstreken: the next meeting lies further from the request than the longest wait allows. */
    WACHTTIJD_VERSTREKEN
  }
}
