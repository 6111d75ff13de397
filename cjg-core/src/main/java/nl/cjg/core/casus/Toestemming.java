package nl.cjg.core.casus;

import java.util.Optional;
import java.util.Set;
import nl.cjg.core.InvalidValueException;
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
}
