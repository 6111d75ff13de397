package nl.cjg.core.partner;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.id.AgbCode;
import nl.cjg.core.id.KvkNummer;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.validation.internal.Rules;

/**
 * An organisation in the CJG network: a kernpartner or a netwerkpartner, with its disciplines,
 * the age groups and kernen it serves and the expertise it brings (werkplan 2012, Bijlage 1).
 * Elsewhere in the library a partner is referred to by its {@link #naam()}.
 *
 * <p>Invariant (code {@value #NAME_CODE}): a partner has a name. Business rules:
 * {@code PARTNER-001} to {@code PARTNER-004}. Immutable and thread-safe.
 */
@Value.Immutable
@Rules(PartnerRules.class)
public abstract class Partner {
  Partner() {}

  /** The code of the rule that a partner has a name. */
  public static final String NAME_CODE = "PARTNER-S01";

  /** The name, unique in a network, for example {@code GGD Hollands Noorden}. */
  public abstract String naam();

  /** Kernpartner or netwerkpartner: core partner or network partner. */
  public abstract Rol rol();

  /** The sectors or disciplines of the partner (rule {@code PARTNER-003}: at least one). */
  public abstract Set<Discipline> disciplines();

  /** The age groups the partner serves (rule {@code PARTNER-001}: at least one). */
  public abstract List<Leeftijdsgroep> leeftijdsgroepen();

  /** The kernen the partner serves (rule {@code PARTNER-002}: at least one). */
  public abstract Set<Kern> kernen();

  /** The expertise the partner brings, for example positief opvoeden. */
  public abstract Set<Expertise> expertises();

  /** The partner's website (rule {@code PARTNER-004}: an http or https address). */
  public abstract Optional<@HttpWebadres URI> website();

  /** The AGB-code, for a care provider. */
  public abstract Optional<AgbCode> agbCode();

  /** The number in the trade register. */
  public abstract Optional<KvkNummer> kvkNummer();

  /**
   * Other names the partner is known by, which a reference to it in a dataset may use instead of
   * {@link #naam()}: the partner map and the text of a werkplan may write one organisation
   * differently ("Jeugdgezondheidszorg (GGD Hollands Noorden)" for "GGD Hollands Noorden").
   * Checked by the dataset rules {@code DATASET-002} and {@code DATASET-004}.
   */
  public abstract Set<String> andereNamen();

  /**
   * A builder for a partner.
   *
   * <p>Required: {@link #naam()}, {@link #rol()}; every other attribute is optional, a collection
   * that may stay empty, or has a default. {@code build()} throws an {@link
   * IllegalStateException} that names every required attribute not set, and an {@link
   * InvalidValueException} with the rule's code when the value would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Partner}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutablePartner.Builder {
    Builder() {}
  }

  /** Whether one of the partner's age groups holds {@code leeftijd}. */
  public boolean bedientLeeftijd(int leeftijd) {
    return leeftijdsgroepen().stream().anyMatch(groep -> groep.bevat(leeftijd));
  }

  /** Whether the partner serves {@code kern}. */
  public boolean bedientKern(Kern kern) {
    return kernen().contains(kern);
  }

  /** Whether the partner works in {@code discipline}. */
  public boolean heeftDiscipline(Discipline discipline) {
    return disciplines().contains(discipline);
  }

  /** Whether the partner brings {@code expertise}. */
  public boolean heeftExpertise(Expertise expertise) {
    return expertises().contains(expertise);
  }

  @Value.Check
  void checkName() {
    InvalidValueException.require(!naam().isBlank(), NAME_CODE, "a partner needs a name (naam)");
  }
}
