package nl.cjg.core.routing;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.casus.BetrokkenInstantie;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Gezinsplan;
import nl.cjg.core.casus.Leefgebied;
import nl.cjg.core.casus.Toestemming.Toestemmingsleeftijd;
import nl.cjg.core.casus.Toestemming;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijd;
import nl.cjg.core.populatie.Leeftijdsgroep;
import org.immutables.value.Value;

/**
 * The situation of a child or young person as the {@link Router} sees it: age, kern, the concerns
 * per leefgebied, safety signals, whether the parents cooperate and consent, whether the case is
 * treated elsewhere, special circumstances, the professionals involved, and whether their
 * cooperation or the help fails and what was tried about it (the procesregie). It holds no name, no
 * BSN and no birth date: only what routing needs.
 *
 * <p>Invariants: the age is not negative (code {@value #AGE_CODE}); the number of professionals is
 * not negative (code {@value #PROFESSIONALS_CODE}); a treating party, when given, has a name (code
 * {@value #TREATING_PARTY_CODE}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Situatie {
  Situatie() {}

  /** The code of the rule that the age is not negative. */
  public static final String AGE_CODE = "SITUATIE-S01";

  /** The code of the rule that the number of professionals involved is not negative. */
  public static final String PROFESSIONALS_CODE = "SITUATIE-S02";

  /** The code of the rule that a treating party has a name. */
  public static final String TREATING_PARTY_CODE = "SITUATIE-S03";

  /** Up to this many organisation names, {@link #builder(Casus)} compares them pairwise. */
  private static final int PAIRWISE_ORGANISATIES = 8;

  /** The age in whole years. */
  public abstract int leeftijd();

  /** The kern the child lives in, when known; partners are then chosen among those serving it. */
  public abstract Optional<Kern> kern();

  /** The severity of the concern per leefgebied; a leefgebied left out has {@link Ernst#GEEN}. */
  public abstract Map<Leefgebied, Ernst> zorgen();

  /** The safety signals. */
  public abstract Set<Veiligheidssignaal> signalen();

  /** Whether cooperation with the parents is possible; by default it is. */
  @Value.Default
  public boolean samenwerkingMetOudersMogelijk() {
    return true;
  }

  /** Whether the case may be discussed with the consent it needs (the parents', and from 12 the child's). */
  @Value.Default
  public boolean metToestemming() {
    return false;
  }

  /** The organisation that already treats the case, when it is treated elsewhere. */
  public abstract Optional<String> behandelaar();

  /** Special circumstances, such as a divorce or a disability. */
  public abstract Set<Omstandigheid> omstandigheden();

  /** How many professionals (or organisations) are involved with the child or family. */
  @Value.Default
  public int betrokkenProfessionals() {
    return 0;
  }

  /** Whether a zorgcoördinator (one family, one plan) is known. */
  @Value.Default
  public boolean zorgcoordinatorBekend() {
    return false;
  }

  /** Whether the child is registered in the Verwijsindex. */
  @Value.Default
  public boolean inVerwijsindex() {
    return false;
  }

  /**
   * Whether the cooperation between the professionals around the case does not get going ("de
   * samenwerking rondom de casus [komt] onvoldoende van de grond", Werkplan CJG Bergen 2012,
   * uitwerking 2, evaluatie van de pilot, beleggen procesregie); by default not.
   */
  @Value.Default
  public boolean samenwerkingProfessionalsOnvoldoende() {
    return false;
  }

  /** Whether the help offered stagnates ("geboden hulpverlening stagneert", same section); by default not. */
  @Value.Default
  public boolean hulpverleningStagneert() {
    return false;
  }

  /**
   * Whether those involved tried to repair the cooperation or the help themselves, as the sources
   * ask before the procesregisseur steps in; by default not.
   */
  @Value.Default
  public boolean herstelGeprobeerd() {
    return false;
  }

  /**
   * Whether the procesregisseur was called in and the cooperation or the help still fails: the
   * procesregie did not resolve it; by default not.
   */
  @Value.Default
  public boolean procesregieZonderResultaat() {
    return false;
  }

  /**
   * A builder for a situation.
   *
   * <p>Required: {@link #leeftijd()}; every other attribute is optional, a collection that may
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
   * Builds a {@link Situatie}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableSituatie.Builder {
    Builder() {}

    /**
     * Adds what the escalations of a family plan record ({@link Gezinsplan#escalaties()}); a fact
     * the plan does not record keeps the value it has:
     * <ul>
     *   <li>the reason of an escalation holds: {@link Situatie#samenwerkingProfessionalsOnvoldoende()}
     *       or {@link Situatie#hulpverleningStagneert()};
     *   <li>{@link Situatie#herstelGeprobeerd()} when every escalation names an attempt to repair
     *       it (rule {@code GEZINSPLAN-003});
     *   <li>{@link Situatie#procesregieZonderResultaat()} when the plan called in the wethouder's
     *       doorzettingsmacht after the procesregisseur for the same reason (rule {@code
     *       GEZINSPLAN-004}): the procesregie did not resolve it.
     * </ul>
     * A plan without escalations changes nothing.
     *
     * @param gezinsplan the family plan of the child's family
     * @return this builder
     */
    public Builder procesregie(Gezinsplan gezinsplan) {
      List<Gezinsplan.Escalatie> escalaties = gezinsplan.escalaties();
      if (escalaties.isEmpty()) {
        return this;
      }
      for (Gezinsplan.Escalatie escalatie : escalaties) {
        if (escalatie.reden() == Gezinsplan.Escalatie.Reden.SAMENWERKING_ONVOLDOENDE) {
          samenwerkingProfessionalsOnvoldoende(true);
        } else {
          hulpverleningStagneert(true);
        }
        if (escalatie.trede() == Gezinsplan.Escalatie.Trede.DOORZETTINGSMACHT_WETHOUDER
            && gezinsplan.naProcesregisseur(escalatie)) {
          procesregieZonderResultaat(true);
        }
      }
      if (escalaties.stream().allMatch(Gezinsplan.Escalatie::herstelGeprobeerd)) {
        herstelGeprobeerd(true);
      }
      return this;
    }
  }

  /**
   * A builder for the situation of a child born on {@code geboortedatum}, with the age on
   * {@code peildatum} filled in (leap days as in {@link Leeftijd#opDatum}).
   *
   * @param geboortedatum the birth date; not kept
   * @param peildatum the date of the routing, "today"
   * @return a builder with the age set
   * @throws InvalidValueException when {@code peildatum} lies before {@code geboortedatum}
   */
  public static Builder builder(LocalDate geboortedatum, LocalDate peildatum) {
    return builder().leeftijd(Leeftijd.opDatum(geboortedatum, peildatum));
  }

  /**
   * A builder holding what a {@link Casus} tells about the situation, on the form's date
   * ({@link Casus#datumInvulling()}):
   * <ul>
   *   <li>the age, when the birth date or the age in years is known; when only a band is known,
   *       the caller sets the age;
   *   <li>the kern of the child;
   *   <li>the consent: with consent when the case has consent from everyone the child's age needs
   *       ({@link Toestemmingsleeftijd}); when the age is unknown, as the case says;
   *   <li>the number of professionals involved: the different organisations of the referrer and
   *       of the agencies involved, compared ignoring case;
   *   <li>whether a zorgcoördinator is known, and whether the child is in the Verwijsindex;
   *   <li>what the case records for routing: the severity per leefgebied ({@link Casus#zorgen()}),
   *       the safety signals, whether cooperation with the parents is possible (possible when the
   *       case does not say), the party that treats the case elsewhere, and special circumstances.
   * </ul>
   * A case that records these gives the same situation as one built by hand with the same facts;
   * what a case holds only as free text (the sketch per leefgebied), the caller adds.
   *
   * @param casus the case
   * @return a builder to complete
   */
  public static Builder builder(Casus casus) {
    Builder builder = builder();
    Toestemming toestemming = casus.toestemming();
    boolean toestemmingPast = true;
    Optional<Leeftijdsgroep> leeftijden = casus.leeftijdenKind();
    if (leeftijden.isPresent()) {
      Leeftijdsgroep band = leeftijden.get();
      if (band.tot() - band.van() == 1) {
        builder.leeftijd(band.van());
      }
      toestemmingPast = toestemming.gegevenDoor().containsAll(Toestemmingsleeftijd.vereistVoor(band));
    }
    Optional<Kern> kern = casus.kind().kern();
    if (kern.isPresent()) {
      builder.kern(kern.get());
    }
    Optional<Boolean> samenwerking = casus.samenwerkingMetOudersMogelijk();
    return builder
        .metToestemming(toestemming.metToestemming() && toestemmingPast)
        .betrokkenProfessionals(organisaties(casus))
        .zorgcoordinatorBekend(casus.zorgcoordinator().isPresent())
        .inVerwijsindex(casus.inVerwijsindexGemeld())
        .putAllZorgen(casus.zorgen())
        .addAllSignalen(casus.veiligheidssignalen())
        .samenwerkingMetOudersMogelijk(samenwerking.isEmpty() || samenwerking.get())
        .behandelaar(casus.behandelaar())
        .addAllOmstandigheden(casus.omstandigheden());
  }

  /**
   * The number of different organisations of the referrer and of the agencies involved, their names
   * compared without surrounding white space and ignoring case ({@link Locale#ROOT}). The few names
   * of a usual case are compared pairwise; many, by their keys in a set.
   */
  private static int organisaties(Casus casus) {
    Optional<String> aanmelder = casus.aanmelder().organisatie();
    List<BetrokkenInstantie> instanties = casus.betrokkenInstanties();
    int offset = aanmelder.isPresent() ? 1 : 0;
    int total = offset + instanties.size();
    if (total > PAIRWISE_ORGANISATIES) {
      Set<String> sleutels = new HashSet<>();
      for (int i = 0; i < total; i++) {
        sleutels.add(organisatie(aanmelder, instanties, offset, i).strip().toLowerCase(Locale.ROOT));
      }
      return sleutels.size();
    }
    int count = 0;
    for (int i = 0; i < total; i++) {
      String naam = organisatie(aanmelder, instanties, offset, i);
      boolean nieuw = true;
      for (int j = 0; j < i && nieuw; j++) {
        nieuw = !zelfdeOrganisatie(naam, organisatie(aanmelder, instanties, offset, j));
      }
      count += nieuw ? 1 : 0;
    }
    return count;
  }

  /** The {@code i}th organisation name: the referrer's first, when given, then the agencies'. */
  private static String organisatie(Optional<String> aanmelder, List<BetrokkenInstantie> instanties, int offset, int i) {
    return i < offset ? aanmelder.get() : instanties.get(i - offset).instantie();
  }

  /**
   * Whether two organisation names are the same once stripped and lower-cased in {@link
   * Locale#ROOT}; names in ASCII are compared without making new strings.
   */
  private static boolean zelfdeOrganisatie(String a, String b) {
    String left = a.strip();
    String right = b.strip();
    if (isAscii(left) && isAscii(right)) {
      return left.equalsIgnoreCase(right);
    }
    return left.toLowerCase(Locale.ROOT).equals(right.toLowerCase(Locale.ROOT));
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7F) {
        return false;
      }
    }
    return true;
  }

  /** The severity of the concern in {@code leefgebied}. */
  public Ernst ernst(Leefgebied leefgebied) {
    return zorgen().getOrDefault(leefgebied, Ernst.GEEN);
  }

  /** The highest severity over all leefgebieden; {@link Ernst#GEEN} when there is no concern. */
  public Ernst hoogsteErnst() {
    return zorgen().values().stream().max(Enum::compareTo).orElse(Ernst.GEEN);
  }

  /** Whether the case is treated elsewhere: a {@link #behandelaar()} is given. */
  public boolean inBehandelingElders() {
    return behandelaar().isPresent();
  }

  @Value.Check
  void checkCounts() {
    InvalidValueException.require(leeftijd() >= 0, AGE_CODE, "the age (leeftijd) cannot be negative");
    InvalidValueException.require(
        betrokkenProfessionals() >= 0,
        PROFESSIONALS_CODE,
        "the number of professionals involved (betrokkenProfessionals) cannot be negative");
    InvalidValueException.require(
        behandelaar().map(naam -> !naam.isBlank()).orElse(true),
        TREATING_PARTY_CODE,
        "a treating party (behandelaar) needs a name");
  }
}
