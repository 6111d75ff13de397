package nl.cjg.core.casus;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.validation.internal.Rules;
import org.immutables.value.Value;

/**
 * Consent for discussing a case ("toestemming voor bespreking"): met or zonder toestemming, wel or
 * niet besproken met de ouder(s), and, when the case is discussed anonymously, the reason.
 *
 * <p>Anonymous discussion is allowed, as collegial support for the referrer; consent is preferred,
 * because only then can a plan be made with the parents (1 Gezin 1 Plan). Who must consent depends
 * on the child's age ({@link Toestemmingsleeftijd}, rule {@code TOESTEMMING-001}).
 *
 * <p>Invariants: without consent nobody consented (code {@value #NOBODY_CONSENTED_CODE}); with
 * consent there is no reason for anonymity (code {@value #NO_REASON_WITH_CONSENT_CODE}). Immutable
 * and thread-safe.
 */
@Value.Immutable
@Rules(CasusRules.class)
public abstract class Toestemming {
  Toestemming() {}

  /** The code of the rule that a case without consent names nobody who consented. */
  public static final String NOBODY_CONSENTED_CODE = "TOESTEMMING-S01";

  /** The code of the rule that a case with consent has no reason for anonymity. */
  public static final String NO_REASON_WITH_CONSENT_CODE = "TOESTEMMING-S02";

  /**
   * Met of zonder toestemming: whether there is consent (true) or not (false); without consent the
   * case is anonymous.
   */
  public abstract boolean metToestemming();

  /** Whether the case was discussed with the parent(s) beforehand ("is wel/niet besproken met de ouder(s)"). */
  public abstract boolean besprokenMetOuders();

  /** Who consented; empty without consent. */
  public abstract Set<Toestemmer> gegevenDoor();

  /** "Indien anoniem: wat is daarvan de reden?"; only without consent. */
  public abstract Optional<String> redenAnoniem();

  /**
   * A builder for consent.
   *
   * <p>Required: {@link #metToestemming()}, {@link #besprokenMetOuders()}; every other attribute
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
   * Builds a {@link Toestemming}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableToestemming.Builder {
    Builder() {}
  }

  @Value.Check
  void checkConsistent() {
    InvalidValueException.require(
        metToestemming() || gegevenDoor().isEmpty(),
        NOBODY_CONSENTED_CODE,
        "a case without consent (zonder toestemming) cannot name who consented (gegevenDoor)");
    InvalidValueException.require(
        !metToestemming() || redenAnoniem().isEmpty(),
        NO_REASON_WITH_CONSENT_CODE,
        "a case with consent (met toestemming) has no reason for anonymity (redenAnoniem)");
  }

  /**
   * Who must consent, by the child's age, under the WGBO (Wet op de geneeskundige
   * behandelingsovereenkomst, art. 7:447, 7:450 and 7:465 BW): under 12 the parents with authority
   * decide, from 12 to 16 both the child and the parents with authority, from 16 the young person
   * alone.
   */
  public enum Toestemmingsleeftijd {
    /** Jonger dan 12 jaar: the parents with authority (gezag) consent. */
    ONDER_12(0, 12, EnumSet.of(Toestemmer.OUDERS_MET_GEZAG)),
    /** 12 tot en met 15 jaar: the child and the parents with authority both consent. */
    VAN_12_TOT_16(12, 16, EnumSet.of(Toestemmer.OUDERS_MET_GEZAG, Toestemmer.KIND)),
    /** 16 jaar en ouder: the young person consents alone. */
    VANAF_16(16, Integer.MAX_VALUE, EnumSet.of(Toestemmer.KIND));

    private final int van;
    private final int tot;
    private final Set<Toestemmer> vereist;

    Toestemmingsleeftijd(int van, int tot, Set<Toestemmer> vereist) {
      this.van = van;
      this.tot = tot;
      this.vereist = Set.copyOf(vereist);
    }

    /** Who must have consented in this age class. */
    public Set<Toestemmer> vereist() {
      return vereist;
    }

    /** Whether {@code leeftijd} (whole years) falls in this age class. */
    public boolean bevat(int leeftijd) {
      return leeftijd >= van && leeftijd < tot;
    }

    /**
     * Who must have consented when the child's age is only known to lie in {@code leeftijden}: the
     * parties every age in the band needs, so that the consent holds whatever the exact age is.
     *
     * @param leeftijden the ages the child may have, for example {@code [12, 13)} when the age is known
     * @return the parties whose consent is needed, never empty
     */
    public static Set<Toestemmer> vereistVoor(Leeftijdsgroep leeftijden) {
      Set<Toestemmer> needed = EnumSet.noneOf(Toestemmer.class);
      for (Toestemmingsleeftijd klasse : values()) {
        if (klasse.van < leeftijden.tot() && leeftijden.van() < klasse.tot) {
          needed.addAll(klasse.vereist);
        }
      }
      return needed;
    }
  }
}
