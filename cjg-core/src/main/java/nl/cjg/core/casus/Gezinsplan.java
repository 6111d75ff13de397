package nl.cjg.core.casus;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.validation.internal.Rules;
import org.immutables.value.Value;

/**
 * The family plan of the method 1 Gezin 1 Plan: one plan per family, made with the parents, with
 * goals and agreements, and exactly one {@link #zorgcoordinator()} who holds the regie. The family
 * is referred to only by the kenmerken of its children's cases.
 *
 * <p>A plan cannot exist without its zorgcoördinator: the builder refuses one. Invariant (code
 * {@value #FAMILY_CODE}): the plan names at least one case, and no blank kenmerk. Immutable and
 * thread-safe.
 */
@Value.Immutable
@Rules(CasusRules.class)
public abstract class Gezinsplan {
  Gezinsplan() {}

  /** The code of the rule that a plan names the cases of its family. */
  public static final String FAMILY_CODE = "GEZINSPLAN-S01";

  /** The {@link Casus#kenmerk()}en of the family's cases: the family, without personal data. */
  public abstract Set<String> casussen();

  /** The date the plan was made. */
  public abstract LocalDate datumOpgesteld();

  /** The one zorgcoördinator, who holds the regie of the plan. */
  @Valid
  public abstract Professional zorgcoordinator();

  /** Whether the parents took part in making the plan. */
  public abstract boolean oudersBetrokken();

  /** The goals and where they stand. */
  public abstract List<@Valid Doel> doelen();

  /** The agreements: who does what by when. */
  public abstract List<@Valid Afspraak> afspraken();

  /**
   * The escalations of the procesregie, in order: when cooperation around the case does not get
   * going or the help stagnates, after those involved tried to repair it, the procesregisseur
   * steps in; the wethouder's doorzettingsmacht is the last step (rules {@code GEZINSPLAN-003} and
   * {@code GEZINSPLAN-004}).
   */
  public abstract List<@Valid Escalatie> escalaties();

  /**
   * A builder for a family plan.
   *
   * <p>Required: {@link #datumOpgesteld()}, {@link #zorgcoordinator()}, {@link
   * #oudersBetrokken()}; every other attribute is optional, a collection that may stay empty, or
   * has a default. {@code build()} throws an {@link IllegalStateException} that names every
   * required attribute not set, and an {@link InvalidValueException} with the rule's code when
   * the value would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Gezinsplan}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableGezinsplan.Builder {
    Builder() {}
  }

  /**
   * One step up the ladder of procesregie for a family's plan. Officially the regie lies with the
   * zorgcoördinator; the procesregisseur (in Bergen the CJG coordinator) only comes in "wanneer de
   * samenwerking rondom de casus onvoldoende van de grond komt of wanneer geboden hulpverlening
   * stagneert. In beide gevallen dient er voorafgaand aan bemoeienis van de procesregisseur door de
   * betrokkenen getracht te zijn dit te herstellen" (Werkplan CJG Bergen 2012, uitwerking 2,
   * evaluatie, Beleggen procesregie). Last comes the doorzettingsmacht of the wethouder Jeugd "bij
   * stagnatie van hulp aan kinderen" (Plan van aanpak CJG gemeente Bergen 2008–2010, stap 3). The
   * procesregisseur takes over no one's tasks and has no role in the content. Immutable and
   * thread-safe.
   */
  @Value.Immutable
  public abstract static class Escalatie {
    Escalatie() {}

    /** When the step was taken. */
    public abstract LocalDate datum();

    /** Why. */
    public abstract Reden reden();

    /** Who is called in. */
    public abstract Trede trede();

    /**
     * What those involved tried first to repair it, as free text (rule {@code GEZINSPLAN-003}:
     * at least one attempt). Free text about the family.
     */
    @Value.Redacted
    public abstract List<String> herstelpogingen();

    /**
     * A builder for an escalation.
     *
     * <p>Required: {@link #datum()}, {@link #reden()}, {@link #trede()}; {@link
     * #herstelpogingen()} may stay empty, which rule {@code GEZINSPLAN-003} reports. {@code
     * build()} throws an {@link IllegalStateException} that names every required attribute not set.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds an {@link Escalatie}; {@link #builder()} names the required attributes. A builder is not thread-safe. */
    public static final class Builder extends ImmutableEscalatie.Builder {
      Builder() {}
    }

    /** Whether the escalation names at least one attempt to repair it that is not blank (rule {@code GEZINSPLAN-003}). */
    public boolean herstelGeprobeerd() {
      return herstelpogingen().stream().anyMatch(poging -> !poging.isBlank());
    }

    /** Why the procesregie is escalated: the two reasons of the werkplan. */
    public enum Reden {
      /** De samenwerking rondom de casus komt onvoldoende van de grond: between the professionals. */
      SAMENWERKING_ONVOLDOENDE,
      /** Geboden hulpverlening stagneert. */
      HULPVERLENING_STAGNEERT
    }

    /** Who is called in, from low to high. */
    public enum Trede {
      /** The procesregisseur: watches the process and steers it, takes over no one's tasks. */
      PROCESREGISSEUR,
      /** The doorzettingsmacht of the wethouder Jeugd: the last step, when help to children stagnates. */
      DOORZETTINGSMACHT_WETHOUDER
    }
  }

  /**
   * Whether {@code escalatie} keeps the order of the procesregie (rule {@code GEZINSPLAN-004}): a
   * call on the wethouder's doorzettingsmacht follows a call on the procesregisseur for the same
   * reason, dated on or before it; a call on the procesregisseur always does.
   *
   * @param escalatie one of this plan's escalations
   * @return whether it comes after the procesregisseur where it must
   */
  public boolean naProcesregisseur(Escalatie escalatie) {
    return escalatie.trede() != Escalatie.Trede.DOORZETTINGSMACHT_WETHOUDER
        || escalaties().stream()
            .anyMatch(eerder -> eerder.trede() == Escalatie.Trede.PROCESREGISSEUR
                && eerder.reden() == escalatie.reden()
                && !eerder.datum().isAfter(escalatie.datum()));
  }

  @Value.Check
  void checkFamily() {
    InvalidValueException.require(
        !casussen().isEmpty() && casussen().stream().noneMatch(String::isBlank),
        FAMILY_CODE,
        "a family plan names the kenmerken of its family's cases (casussen), none blank");
  }
}
