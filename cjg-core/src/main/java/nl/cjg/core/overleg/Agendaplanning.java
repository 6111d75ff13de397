package nl.cjg.core.overleg;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import nl.cjg.core.InvalidValueException;

/**
 * The outcome of {@link Agendaplanner}: one agenda per meeting date, the requests redirected within
 * the network, and the requests still waiting when the last meeting has been planned. In a
 * planning made by the planner, every request given to it is in exactly one of the three.
 *
 * <p>Invariant (code {@value #ORDER_CODE}): the agendas are in ascending order of date, one per
 * date. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Agendaplanning {
  Agendaplanning() {}

  /** The code of the rule that the agendas are in ascending date order, one per date. */
  public static final String ORDER_CODE = "PLANNING-S11";

  /** One agenda per meeting, in date order; an agenda may be empty. */
  public abstract List<Agenda> agendas();

  /** The requests redirected within the network, in the order they were redirected. */
  public abstract List<Doorverwijzing> doorverwezen();

  /**
   * The requests still waiting after the last meeting: made too late for it, or passed over and
   * not yet redirected. In planning order ({@link Aanvraag#volgorde()}).
   */
  public abstract List<Aanvraag> wachtend();

  /**
   * A builder for a planning.
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
   * Builds a {@link Agendaplanning}; {@link #builder()} names the required attributes. A list or
   * set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableAgendaplanning.Builder {
    Builder() {}
  }

  /**
   * The requests put on an agenda, meeting by meeting, each in its agenda's order.
   *
   * @return the requests that are discussed
   */
  public List<Aanvraag> behandeld() {
    return agendas().stream().flatMap(agenda -> agenda.punten().stream()).toList();
  }

  @Value.Check
  void checkOrder() {
    LocalDate vorige = null;
    for (Agenda agenda : agendas()) {
      InvalidValueException.require(
          vorige == null || vorige.isBefore(agenda.datum()),
          ORDER_CODE,
          "the agendas must be in ascending order of their date (datum), one per date");
      vorige = agenda.datum();
    }
  }
}
