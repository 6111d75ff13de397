package nl.cjg.core.werkplan;

import java.util.List;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.tijd.Periode;
import nl.cjg.core.validation.internal.Rules;
import org.immutables.value.Value;

/**
 * One row of a phase of a plan of approach (001): the action (in the uitvoeringsfase its goal),
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

  /** A builder for an action. */
  public static ImmutableActie.Builder builder() {
    return ImmutableActie.builder();
  }

  @Value.Check
  void checkActie() {
    InvalidValueException.require(!actie().isBlank(), ACTIE_CODE, "an action needs a description (actie)");
  }
}
