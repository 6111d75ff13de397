package nl.cjg.core.partner;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.tijd.Periode;
import nl.cjg.core.validation.internal.Rules;
import org.immutables.value.Value;

/**
 * The sociale kaart of a CJG: all its partners, with lookups by name, age, kern, discipline,
 * expertise and role. The lookups are built once, on first use, and then cost a map access each,
 * so a router may call them for every case. Every list a lookup returns keeps the order of
 * {@link #partners()}.
 *
 * <p>Invariant (code {@value #UNIQUE_CODE}): no two partners share a name, compared without
 * surrounding white space and ignoring case, since other packages refer to a partner by its name.
 * Business rule {@code PARTNER-005}: the network serves every age of the CJG target group.
 * Immutable and thread-safe.
 */
@Value.Immutable
@Rules(PartnerRules.class)
public abstract class Netwerk {
  Netwerk() {}

  /** The code of the rule that partner names are unique in a network. */
  public static final String UNIQUE_CODE = "NETWERK-S01";

  /** The partners, in the order of the source. */
  public abstract List<@Valid Partner> partners();

  /**
   * The cooperation agreements between partners of the network (werkplan topic 3: "Inzichtelijk
   * maken en vastleggen van rollen, taken en samenwerkingsafspraken binnen het CJG"). Rules {@code
   * PARTNER-006} (every partner named is in the network) and {@code PARTNER-007} (at least two).
   */
  public abstract List<@Valid Samenwerkingsafspraak> samenwerkingsafspraken();

  /**
   * A builder for a network.
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
   * Builds a {@link Netwerk}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableNetwerk.Builder {
    Builder() {}
  }

  /**
   * The partner with this name, ignoring case and surrounding white space.
   *
   * @param naam for example {@code Bureau Jeugdzorg Noord-Holland}
   * @return the partner, or empty when the network has none of that name
   */
  public Optional<Partner> partner(String naam) {
    return index().byName(naam);
  }

  /** The partners with an age group holding {@code leeftijd}. */
  public List<Partner> bedienenLeeftijd(int leeftijd) {
    return index().byAge(leeftijd);
  }

  /** The partners serving {@code kern}. */
  public List<Partner> bedienenKern(Kern kern) {
    return index().byKern(kern);
  }

  /** The partners working in {@code discipline}. */
  public List<Partner> metDiscipline(Discipline discipline) {
    return index().byDiscipline(discipline);
  }

  /** The partners bringing {@code expertise}. */
  public List<Partner> metExpertise(Expertise expertise) {
    return index().byExpertise(expertise);
  }

  /** The partners with role {@code rol}. */
  public List<Partner> metRol(Rol rol) {
    return index().byRol(rol);
  }

  /**
   * The ages in {@code bereik} that no partner serves, as maximal bands, lowest first: where the
   * chain of care is not closed.
   *
   * @param bereik the ages to check, for example {@link nl.cjg.core.populatie.Leeftijdsindelingen#CJG_DOELGROEP}
   * @return the gaps; empty when every age is served
   */
  public List<Leeftijdsgroep> hiaten(Leeftijdsgroep bereik) {
    return index().gaps(bereik);
  }

  /** The lookup tables; built once, on first use. */
  @Value.Lazy
  NetwerkIndex index() {
    return new NetwerkIndex(partners());
  }

  /**
   * A cooperation agreement of the network: who made it, what it says, since when, which partners
   * it binds, where it is laid down, and its source. The roles and tasks it gives are in {@link
   * #taken()}, per partner. Immutable and thread-safe.
   */
  @Value.Immutable
  public abstract static class Samenwerkingsafspraak {
    Samenwerkingsafspraak() {}

    /** What is agreed: "Samenwerking geformaliseerd (= netwerkorganisatie)". */
    public abstract String wat();

    /** Who made or adopted it: "Stuurgroep CJG", "kernpartners". */
    public abstract String wie();

    /** Since when it holds, as the source dates it: "Oktober 2009", "23 april 2012". */
    public abstract Periode sinds();

    /** The partners it binds, by their names in the network. */
    public abstract Set<String> partners();

    /** The task or role it gives a partner, by partner name; only where the source names one. */
    public abstract Map<String, String> taken();

    /** Where it is laid down: "convenant", "pilotvoorstel casusoverleg". */
    public abstract Optional<String> vastgelegdIn();

    /** The source, by title and section, or "aanname: …" with the reason where the source is silent. */
    public abstract String bron();

    /**
     * A builder for an agreement.
     *
     * <p>Required: {@link #wat()}, {@link #wie()}, {@link #sinds()}, {@link #bron()}; {@link
     * #partners()} may stay empty, which rule {@code PARTNER-007} reports. {@code build()} throws an
     * {@link IllegalStateException} that names every required attribute not set.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Samenwerkingsafspraak}; {@link #builder()} names the required attributes. A builder is not thread-safe. */
    public static final class Builder extends ImmutableSamenwerkingsafspraak.Builder {
      Builder() {}
    }
  }

  @Value.Check
  void checkNames() {
    InvalidValueException.require(
        index().namesUnique(), UNIQUE_CODE, "the partners of a network (partners) must have different names (naam)");
  }
}
