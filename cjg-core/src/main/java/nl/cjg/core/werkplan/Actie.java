package nl.cjg.core.werkplan;

import java.time.LocalDate;
import java.util.List;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.tijd.Periode;
import nl.cjg.core.validation.internal.Rules;
import org.immutables.value.Value;

/**
 * One row of a phase of a plan of approach (Plan van aanpak CJG Bergen 2008â2010): the action (in the uitvoeringsfase its goal),
 * its result, who carries it out and when, and the bodies that decide on it with their dates
 * ("College: 10 november 2009, ARC: 1 december 2009, Raad: 15 december 2009").
 *
 * <p>Invariant (code {@value #ACTIE_CODE}): the action is described. Business rule
 * {@code PLANVANAANPAK-004}: every decision lies within {@link #wanneer()}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@Rules(WerkplanRules.class)
public abstract class Actie {
  Actie() {}

  /** The code of the rule that an action is described. */
  public static final String ACTIE_CODE = "ACTIE-S01";

  /** The action or goal: "Opstellen startnotitie (proces en kader om te komen tot het realiseren van een CJG)". */
  public abstract String actie();

  /** The intended result: "Bestuurlijk commitment". */
  public abstract String resultaat();

  /** Who carries it out, organisations or bodies by name; empty where the plan names nobody. */
  public abstract List<String> wie();

  /** When: "4 december 2008", "November 2008 – maart 2009", "Vanaf september 2009", "2010". */
  public abstract Periode wanneer();

  /** The bodies that decide on the action and when, in the plan's order. */
  public abstract List<Besluitmoment> besluitmomenten();

  /**
   * The sub-actions the plan lists under the action's result, in its order: under "Werken op basis
   * van de multidisciplinaire aanpak" the steps of the Verwijsindex, from implementing it to the
   * wethouder's doorzettingsmacht (Plan van aanpak CJG gemeente Bergen 2008–2010, stap 3).
   */
  public abstract List<String> deelacties();

  /**
   * A builder for an action.
   *
   * <p>Required: {@link #actie()}, {@link #resultaat()}, {@link #wanneer()}; every other
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
   * Builds a {@link Actie}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableActie.Builder {
    Builder() {}
  }

  @Value.Check
  void checkActie() {
    InvalidValueException.require(!actie().isBlank(), ACTIE_CODE, "an action needs a description (actie)");
  }

  /**
   * A body deciding on an action of a plan of approach on a day: "College van B&amp;W 18 augustus
   * 2009", "ARC 8 september 2009", "Gemeenteraad 22 september 2009" (Plan van aanpak CJG Bergen 2008â2010, stap 1).
   *
   * <p>Invariant (code {@value #ORGAAN_CODE}): the body is named. Immutable and thread-safe.
   */
  @Value.Immutable
  public abstract static class Besluitmoment {
    Besluitmoment() {}

    /** The code of the rule that the deciding body is named. */
    public static final String ORGAAN_CODE = "BESLUITMOMENT-S01";

    /** The deciding body, by name: "College van B&amp;W", "ARC", "Gemeenteraad". */
    @Value.Parameter
    public abstract String orgaan();

    /** The day of the decision. */
    @Value.Parameter
    public abstract LocalDate datum();

    /** The body {@code orgaan} deciding on {@code datum}. */
    public static Besluitmoment of(String orgaan, LocalDate datum) {
      return ImmutableBesluitmoment.of(orgaan, datum);
    }

    @Value.Check
    void checkOrgaan() {
      InvalidValueException.require(!orgaan().isBlank(), ORGAAN_CODE, "a decision needs the deciding body (orgaan)");
    }

    /**
     * A builder.
     *
     * <p>Required: {@link #orgaan()}, {@link #datum()}; every other attribute is optional, a
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
     * Builds a {@link Besluitmoment}; {@link #builder()} names the required attributes. A list or
     * set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
     * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
     * the value itself or an {@code Optional}. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableBesluitmoment.Builder {
      Builder() {}
    }
  }
}
