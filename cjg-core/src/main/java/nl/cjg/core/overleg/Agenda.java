package nl.cjg.core.overleg;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import nl.cjg.core.InvalidValueException;

/**
 * The agenda of one case meeting: its date, the minutes planned and the requests to discuss, in
 * the order they are discussed.
 *
 * <p>The minutes used are the sum of the requests' expected minutes. They stay within the minutes
 * planned, except when one request alone takes longer than a whole meeting: {@link Agendaplanner}
 * then gives it a meeting of its own, which runs over (see {@link #overschrijding()}).
 *
 * <p>Invariants: at least one minute planned (code {@value Planningsregels#MINUTES_CODE}); a case
 * is at most once on an agenda (code {@value #KENMERK_ONCE_CODE}); no request is on the agenda of a
 * meeting before the day it was made (code {@value Aanvraag#BEFORE_REQUEST_CODE}). Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Agenda {
  Agenda() {}

  /** The code of the rule that a case is discussed at most once per meeting. */
  public static final String KENMERK_ONCE_CODE = "PLANNING-S09";

  /** The date of the meeting. */
  public abstract LocalDate datum();

  /** The minutes planned for the meeting. */
  public abstract int geplandeMinuten();

  /** The requests to discuss, in order. */
  public abstract List<Aanvraag> punten();

  /**
   * A builder for an agenda.
   *
   * <p>Required: {@link #datum()}, {@link #geplandeMinuten()}; every other attribute is optional,
   * a collection that may stay empty, or has a default. {@code build()} throws an {@link
   * IllegalStateException} that names every required attribute not set, and an {@link
   * InvalidValueException} with the rule's code when the value would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Agenda}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableAgenda.Builder {
    Builder() {}
  }

  /** The expected minutes of all requests on the agenda together. */
  public int minutenGebruikt() {
    return punten().stream().mapToInt(Aanvraag::verwachteMinuten).sum();
  }

  /** The planned minutes not yet used; 0 when the agenda is full or runs over. */
  public int minutenOver() {
    return Math.max(0, geplandeMinuten() - minutenGebruikt());
  }

  /** The minutes the agenda runs over its planned minutes; 0 when it fits. */
  public int overschrijding() {
    return Math.max(0, minutenGebruikt() - geplandeMinuten());
  }

  @Value.Check
  void checkMinutes() {
    InvalidValueException.require(
        geplandeMinuten() >= 1, Planningsregels.MINUTES_CODE, "an agenda's planned minutes (geplandeMinuten) must be at least 1");
  }

  @Value.Check
  void checkKenmerkOnce() {
    Set<String> kenmerken = new HashSet<>();
    for (Aanvraag punt : punten()) {
      InvalidValueException.require(
          kenmerken.add(punt.kenmerk()), KENMERK_ONCE_CODE, "a case (kenmerk) can be on an agenda (punten) only once");
    }
  }

  @Value.Check
  void checkNotBeforeRequest() {
    for (Aanvraag punt : punten()) {
      InvalidValueException.require(
          !datum().isBefore(punt.aanvraagdatum()),
          Aanvraag.BEFORE_REQUEST_CODE,
          "a request cannot be on the agenda (punten) of a meeting before it was made (aanvraagdatum)");
    }
  }
}
