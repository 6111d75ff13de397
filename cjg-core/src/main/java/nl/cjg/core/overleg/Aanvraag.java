package nl.cjg.core.overleg;

import java.time.LocalDate;
import java.util.Comparator;
import nl.cjg.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A request to discuss a case in the case meeting ("verzoek om een casus te bespreken",
 * Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de pilot, overige evaluatiepunten), as the planner sees it: which case, when it was asked, how urgent, how long it is
 * expected to take, and whether the parents or the young person will be at the table.
 *
 * <p>The case is named by its {@link #kenmerk()}, a reference that is not personal data (never a
 * name or a BSN); the planner needs nothing else of the case. Two requests with the same kenmerk
 * concern the same case.
 *
 * <p>Invariants: the kenmerk is not blank (code {@value #KENMERK_CODE}); the expected minutes are
 * at least 1 (code {@value #MINUTES_CODE}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Aanvraag {
  Aanvraag() {}

  /** The code of the rule that a request names its case. */
  public static final String KENMERK_CODE = "PLANNING-S03";

  /** The code of the rule that a request is expected to take at least one minute. */
  public static final String MINUTES_CODE = "PLANNING-S04";

  /**
   * The code of the rule that nothing is put on an agenda, or redirected, before the day it was
   * requested (checked by {@link Agenda} and {@link Doorverwijzing}).
   */
  public static final String BEFORE_REQUEST_CODE = "PLANNING-S10";

  private static final Comparator<Aanvraag> VOLGORDE =
      Comparator.comparing(Aanvraag::prioriteit)
          .thenComparing(Aanvraag::aanvraagdatum)
          .thenComparing(Aanvraag::kenmerk)
          .thenComparingInt(Aanvraag::verwachteMinuten)
          .thenComparing(Aanvraag::ouderOfJongereAanwezig)
          .thenComparing(Aanvraag::eldersInBehandeling);

  /** The reference of the case, not personal data; for example {@code CJG-2012-007}. */
  public abstract String kenmerk();

  /** The day the request was made (the bespreekformulier was handed in). */
  public abstract LocalDate aanvraagdatum();

  /** How urgent the request is; by default {@link Prioriteit#NORMAAL}. */
  @Value.Default
  public Prioriteit prioriteit() {
    return Prioriteit.NORMAAL;
  }

  /**
   * The minutes the discussion is expected to take, including the time the team spends on
   * advising and agreeing the afsprakenlijst; in the pilot every meeting ran half an hour to an hour
   * over its planned one and a half hours (Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de pilot (duur/frequentie)).
   */
  public abstract int verwachteMinuten();

  /** Whether the parents or the young person join the discussion; by default not. */
  @Value.Default
  public boolean ouderOfJongereAanwezig() {
    return false;
  }

  /**
   * Whether the same case is already being treated elsewhere. The case meeting then gives no
   * advice; the CJG only supports the way to the right care (Werkplan CJG Bergen 2012, uitwerking 2, evaluatie van de pilot (aandachtspunten en aanbevelingen)), so the planner
   * redirects such a request. By default not.
   */
  @Value.Default
  public boolean eldersInBehandeling() {
    return false;
  }

  /**
   * A builder for a request.
   *
   * <p>Required: {@link #kenmerk()}, {@link #aanvraagdatum()}, {@link #verwachteMinuten()}; every
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
   * Builds a {@link Aanvraag}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableAanvraag.Builder {
    Builder() {}
  }

  /**
   * The order in which the planner considers requests: urgent first, then the earliest request
   * date, then the kenmerk; the remaining attributes break the last ties, so that the order is
   * total and the plan does not depend on the order of its input.
   *
   * @return the planning order
   */
  public static Comparator<Aanvraag> volgorde() {
    return VOLGORDE;
  }

  @Value.Check
  void checkKenmerk() {
    InvalidValueException.require(!kenmerk().isBlank(), KENMERK_CODE, "a request needs the kenmerk of its case");
  }

  @Value.Check
  void checkMinutes() {
    InvalidValueException.require(
        verwachteMinuten() >= 1, MINUTES_CODE, "a request's expected duration (verwachteMinuten) must be at least one minute");
  }

  /**
   * How urgent a request for the case meeting is. An urgent request goes before every normal one
   * on the agenda, whatever its request date.
   */
  public enum Prioriteit {
    /** Spoed: concerns about the child's safety or development that cannot wait; first on the agenda. */
    SPOED,

    /** Normaal: a regular request, planned in order of request date. */
    NORMAAL
  }
}
