package nl.cjg.core.aanbod;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.populatie.BinnenCjgDoelgroep;
import nl.cjg.core.populatie.Doelgroepsoort;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.validation.internal.Rules;
import org.immutables.value.Value;

/**
 * An offering of a partner of the CJG (werkplan 2012, "Aanbod"): basisaanbod or flexibel aanbod,
 * preventive or curative, for whom and for which ages, with its measures per period. The partner
 * is referred to by its name.
 *
 * <p>The CJG target group runs from before birth through age 23. An age band cannot hold the time
 * before birth, so a prenatal offering (zwangerschapscursus, informatiebijeenkomst bevalling) is
 * for {@link Doelgroepsoort#TOEKOMSTIGE_OUDERS} and has no age band; an offering for jeugdigen or
 * ouders names the ages of the children it concerns, within 0 through 23.
 *
 * <p>Invariants: a name (code {@value #NAME_CODE}) and a partner (code {@value #PARTNER_CODE}).
 * Business rules: {@code AANBOD-001}, {@code AANBOD-002}, {@code POPULATIE-003} on the ages, and
 * those of its measures. Immutable and thread-safe.
 */
@Value.Immutable
@Rules(AanbodRules.class)
public abstract class Aanbod {
  Aanbod() {}

  /** The code of the rule that an offering has a name. */
  public static final String NAME_CODE = "AANBOD-S01";

  /** The code of the rule that an offering names its partner. */
  public static final String PARTNER_CODE = "AANBOD-S02";

  /** The name of the partner offering it, as in the network, for example {@code GGD Hollands Noorden}. */
  public abstract String partner();

  /** The name of the offering, for example {@code Opvoedspreekuur}. */
  public abstract String naam();

  /** Basisaanbod or flexibel aanbod. */
  public abstract Soort soort();

  /** Preventive or curative. */
  public abstract Aard aard();

  /** Whom the offering is for (rule {@code AANBOD-001}: at least one). */
  public abstract Set<Doelgroepsoort> voor();

  /**
   * The ages of the children concerned (rule {@code POPULATIE-003}: within 0 through 23; rule
   * {@code AANBOD-002}: present unless the offering is only for parents-to-be, professionals or
   * partners).
   */
  public abstract Optional<@BinnenCjgDoelgroep Leeftijdsgroep> leeftijdsgroep();

  /**
   * The target group in the source's words, for example {@code kinderen speciaal (basis en
   * voortgezet) onderwijs}.
   */
  public abstract Optional<String> doelgroep();

  /** What the offering is, for example {@code Laagdrempelige vraagbaakfunctie}. */
  public abstract Optional<String> omschrijving();

  /** The measures, per period. */
  public abstract List<@Valid Kengetal> kengetallen();

  /**
   * A builder for an offering.
   *
   * <p>Required: {@link #partner()}, {@link #naam()}, {@link #soort()}, {@link #aard()}; every
   * other attribute is optional, a collection that may stay empty, or has a default. {@code
   * build()} throws an {@link IllegalStateException} that names every required attribute not set,
   * and an {@link InvalidValueException} with the rule's code when the value would break an
   * invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Aanbod}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableAanbod.Builder {
    Builder() {}
  }

  @Value.Check
  void checkNames() {
    InvalidValueException.require(!naam().isBlank(), NAME_CODE, "an offering needs a name (naam)");
    InvalidValueException.require(!partner().isBlank(), PARTNER_CODE, "an offering needs the name of its partner (partner)");
  }

  /** The kind of an offering, as the werkplan 2012 divides the offerings of each partner. */
  public enum Soort {
    /**
     * Basisaanbod: uniform work for everyone in an age range, such as the JGZ contact moments, the
     * hielprik and the logopedie screening of five-year-olds.
     */
    BASISAANBOD("basisaanbod"),
    /**
     * Flexibel aanbod, maatwerk: extra work on top of the basisaanbod where needed, such as
     * begeleidingscontacten, video hometraining, opvoedcursussen and the opvoedspreekuur.
     */
    FLEXIBEL_AANBOD("flexibel aanbod");

    private final String code;

    Soort(String code) {
      this.code = code;
    }

    /** The code as the sources write it. */
    public String code() {
      return code;
    }
  }

  /** Whether an offering prevents problems or treats them. */
  public enum Aard {
    /** Preventief: early, light support so that small questions do not become problems. */
    PREVENTIEF("preventief"),
    /** Curatief: help for problems that are there, such as jeugdzorg. */
    CURATIEF("curatief");

    private final String code;

    Aard(String code) {
      this.code = code;
    }

    /** The code as the sources write it. */
    public String code() {
      return code;
    }
  }
}
