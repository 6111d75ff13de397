package nl.cjg.core.casus;

import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A professional or an organisation of the CJG network acting in a case: a known zorgcoördinator,
 * a member of the CJG team, a partner joining a meeting, the one who carries out an agreement.
 * Organisations are referred to by name.
 *
 * <p>Invariant (code {@value #IDENTIFIED_CODE}): at least the name or the organisation is given,
 * and what is given is not blank. The name is personal data and never shows in {@code toString}.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Professional {
  Professional() {}

  /** The code of the rule that a professional has a name or an organisation. */
  public static final String IDENTIFIED_CODE = "PROFESSIONAL-S01";

  /** The person's name. Personal data. */
  @Value.Redacted
  public abstract Optional<String> naam();

  /** The organisation, by name, for example {@code Bureau Jeugdzorg Noord-Holland}. */
  public abstract Optional<String> organisatie();

  /** The function, for example {@code schoolmaatschappelijk werker}. */
  public abstract Optional<String> functie();

  /**
   * A builder for a professional.
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
   * Builds a {@link Professional}; {@link #builder()} names the required attributes. A list or
   * set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableProfessional.Builder {
    Builder() {}
  }

  /**
   * An organisation acting as a whole, without a person's name.
   *
   * @param organisatie the organisation's name
   * @return the professional
   * @throws InvalidValueException when the name is blank
   */
  public static Professional ofOrganisatie(String organisatie) {
    return builder().organisatie(organisatie).build();
  }

  @Value.Check
  void checkIdentified() {
    InvalidValueException.require(
        naam().isPresent() || organisatie().isPresent(),
        IDENTIFIED_CODE,
        "a professional needs a name (naam) or an organisation (organisatie)");
    InvalidValueException.require(
        naam().map(n -> !n.isBlank()).orElse(true) && organisatie().map(o -> !o.isBlank()).orElse(true),
        IDENTIFIED_CODE,
        "a professional's name (naam) and organisation (organisatie) must not be blank");
  }
}
