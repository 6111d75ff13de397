package nl.cjg.core.casus;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.referentie.BergenReferentie;
import nl.cjg.core.routing.Ernst;
import nl.cjg.core.routing.Omstandigheid;
import nl.cjg.core.routing.Veiligheidssignaal;
import nl.cjg.core.validation.internal.Rules;
import org.immutables.value.Value;

/**
 * A case brought to the CJG case meeting, as described by the bespreekformulier of CJG Bergen:
 * who brings it in, the child, the consent, the questions and goal, what was tried, which agencies
 * are involved, a short sketch per life domain, and where the case stands.
 *
 * <p>Beside the form's free text, a case may record what routing needs as data (all optional):
 * the severity of the concern per leefgebied ({@link #zorgen()}), the safety signals a
 * professional noted, whether cooperation with the parents is possible, who treats the case
 * elsewhere, and special circumstances. {@code Situatie.builder(Casus)} takes them over, so that a
 * case routes as a situation built by hand with the same facts.
 *
 * <p>The data on the form, the child's age and the consent included, hold on {@link
 * #datumInvulling()}. A case without consent is anonymous ({@link #isAnoniem()}) and holds no data
 * that identify the child (code {@value #ANONYMOUS_CODE}): no {@link Kind#persoonsgegevens()}, so
 * no name, parents' names, birth date, address, postcode, woonplaats, BSN, phone or e-mail, and no
 * {@link Kind#pseudoniem()} either, as that is made from the BSN. Its
 * {@link #kenmerk()}, the reference agreements and meetings use, is not blank (code {@value
 * #KENMERK_CODE}) and must not look like personal data (rule {@code CASUS-005}). Personal data and free text about the family never
 * show in {@code toString}. Immutable and thread-safe.
 */
@Value.Immutable
@Rules(CasusRules.class)
public abstract class Casus {
  Casus() {}

  /** The code of the rule that an anonymous case holds no identifying data. */
  public static final String ANONYMOUS_CODE = "CASUS-S01";

  /** The code of the rule that a case has a kenmerk. */
  public static final String KENMERK_CODE = "CASUS-S02";

  /** The case's reference, for example {@code CJG-2012-007}; never a name or other personal data. */
  public abstract String kenmerk();

  /** Datum invulling gegevens: the date the form was filled in and the date its data hold on. */
  public abstract LocalDate datumInvulling();

  /** Datum overleg: the date of the meeting the case is discussed in, once known. */
  public abstract Optional<LocalDate> datumOverleg();

  /** Aanmelder casusoverleg: who brings the case to the meeting. */
  @Valid
  public abstract Aanmelder aanmelder();

  /** Gegevens kind/jongere: the child or young person the case is about. */
  @Valid
  public abstract Kind kind();

  /** Zorgcoördinator (één gezin, één plan) bekend?: the family's care coordinator, when known; empty for "nee". */
  public abstract Optional<@Valid Professional> zorgcoordinator();

  /** Toestemming voor bespreking: the consent for discussing the case. */
  @Valid
  public abstract Toestemming toestemming();

  /** In Verwijsindex gemeld?: whether the child is registered in the Verwijsindex (referral index). */
  public abstract boolean inVerwijsindexGemeld();

  /**
   * Vragen van aanmelder aan het overleg: the referrer's questions to the meeting, as concrete as
   * possible. Free text about the family.
   */
  @Value.Redacted
  public abstract List<String> vragen();

  /**
   * Wat zou u graag willen bereiken met dit kind/deze jongere?: what the referrer wants to achieve.
   * Free text about the family.
   */
  @Value.Redacted
  public abstract Optional<String> doel();

  /** The solutions and actions tried so far, with their effect. */
  public abstract List<@Valid OndernomenActie> acties();

  /** The agencies that are or were involved, and when. */
  public abstract List<@Valid BetrokkenInstantie> betrokkenInstanties();

  /**
   * Korte schets problematiek per leefgebied: a short sketch of the problems per life domain; only
   * the domains that need one. Free text about the family.
   */
  @Value.Redacted
  public abstract Map<Leefgebied, String> schets();

  /** Bijzonderheden kind/jongere: particulars of the child. Free text about the child. */
  @Value.Redacted
  public abstract Optional<String> bijzonderheden();

  /**
   * The severity of the concern per leefgebied, as the professional grades the sketch of
   * {@link #schets()}; a leefgebied left out has no graded concern. Rule {@code CASUS-010}: every
   * leefgebied graded above {@link Ernst#GEEN} is sketched. Never shown in {@code toString}.
   */
  @Value.Redacted
  public abstract Map<Leefgebied, Ernst> zorgen();

  /**
   * The safety signals a professional noted: the child's safety or development is at stake. Rule
   * {@code CASUS-011}: a signal goes with a concern of at least {@link Ernst#ZORG} in some
   * leefgebied. Never shown in {@code toString}.
   */
  @Value.Redacted
  public abstract Set<Veiligheidssignaal> veiligheidssignalen();

  /**
   * Whether cooperation with the parents is possible; empty when the form does not say, which
   * routing reads as possible. Never shown in {@code toString}.
   */
  @Value.Redacted
  public abstract Optional<Boolean> samenwerkingMetOudersMogelijk();

  /**
   * The organisation that already treats the case, when it is treated elsewhere; the case
   * meeting then gives no advice (Werkplan CJG Bergen 2012, uitwerking 2, aandachtspunten). Rule
   * {@code CASUS-012}: not blank. Never shown in {@code toString}.
   */
  @Value.Redacted
  public abstract Optional<String> behandelaar();

  /** Special circumstances of the child or family, such as a divorce. Never shown in {@code toString}. */
  @Value.Redacted
  public abstract Set<Omstandigheid> omstandigheden();

  /** Where the case stands; by default requested on {@link #datumInvulling()}. */
  @Value.Default
  public Statusgeschiedenis statusgeschiedenis() {
    return Statusgeschiedenis.aangemeld(datumInvulling());
  }

  /**
   * A builder for a case.
   *
   * <p>Required: {@link #kenmerk()}, {@link #datumInvulling()}, {@link #aanmelder()}, {@link
   * #kind()}, {@link #toestemming()}, {@link #inVerwijsindexGemeld()}; every other attribute is
   * optional, a collection that may stay empty, or has a default. {@code build()} throws an
   * {@link IllegalStateException} that names every required attribute not set, and an {@link
   * InvalidValueException} with the rule's code when the value would break an invariant.
   *
   * <p>An anonymous case of a child aged 12 to 15, which passes every business rule:
   *
   * <pre>{@code
   * Casus casus = Casus.builder()
   *     .kenmerk("CJG-2012-008")
   *     .datumInvulling(LocalDate.of(2012, 5, 7))
   *     .aanmelder(Aanmelder.builder().naam("Ineke Testbeek").build())
   *     .kind(Kind.builder().leeftijdsgroep(Leeftijdsgroep.of(12, 16)).kern(BergenKernen.SCHOORL).build())
   *     .toestemming(Toestemming.builder()
   *         .metToestemming(false)
   *         .besprokenMetOuders(false)
   *         .redenAnoniem("de inbrenger vindt het lastig het gesprek met de ouders aan te gaan")
   *         .build())
   *     .inVerwijsindexGemeld(false)
   *     .addVragen("Hoe krijgen we de ouders betrokken?")
   *     .build();
   * }</pre>
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Casus}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableCasus.Builder {
    Builder() {}
  }

  /** Whether the case is discussed anonymously: it is, exactly when there is no consent. */
  public boolean isAnoniem() {
    return !toestemming().metToestemming();
  }

  /**
   * The ages the child may have on {@link #datumInvulling()}: one year when the birth date or age
   * is known, a band when only a band is known.
   *
   * @return the possible ages; empty when no age is given or the birth date lies after the form's date
   */
  public Optional<Leeftijdsgroep> leeftijdenKind() {
    return kind().leeftijdenOp(datumInvulling());
  }

  /**
   * What an anonymous case may say about the child without singling it out, shared by the
   * validation (rules {@code ANONIEM-001} to {@code ANONIEM-003}) and the research export
   * ({@code nl.cjg.core.privacy.Onderzoeksexport#anoniem()}).
   *
   * <p>The bespreekformulier asks school, groep/klas, schoolloopbaan, etniciteit and, for a child
   * of 0 to 4, the day care or playgroup (Werkplan CJG Bergen 2012, uitwerking 2, bespreekformulier,
   * "Gegevens kind/jongere"). In a kern of a few hundred inhabitants each of them, or an age in
   * years, can single out one child, so an anonymous case holds none of them: data minimisation
   * (AVG art. 5(1)(c)) for a discussion that is anonymous by choice. What stays is the age as a band
   * of at least {@value #MIN_BREEDTE_LEEFTIJDSGROEP} years and the kern, unless the kern is small:
   * fewer than {@value #MIN_JEUGDIGEN_IN_KERN} young people aged 0 to 25 in the reference population.
   * Both thresholds are the library's own judgement, not the sources': four years is the
   * narrowest band of the CJG service bands (0–4 and 19–23, Werkplan CJG Bergen 2012, Bijlage 1),
   * and in Bergen the threshold marks Bergen aan Zee (88) and Groet + Camperduin (57) as small (CBS,
   * Gemeente op maat, Bergen NH 2010). A kern of another municipality than Bergen (NH) has no
   * population in the library and is never small. Immutable and thread-safe.
   */
  public static final class Anonimiteit {
    /** The narrowest age band, in years, an anonymous case may give. */
    public static final int MIN_BREEDTE_LEEFTIJDSGROEP = 4;

    /** The fewest young people aged 0 to 25 a kern has for an anonymous case to name it. */
    public static final int MIN_JEUGDIGEN_IN_KERN = 100;

    private static final Leeftijdsgroep JEUGDIGEN = Leeftijdsgroep.of(0, 25);

    private Anonimiteit() {}

    /**
     * Whether an anonymous case may not name this kern: fewer than {@value #MIN_JEUGDIGEN_IN_KERN}
     * young people aged 0 to 25 live there according to the reference population.
     *
     * @param kern the kern
     * @return true for Bergen aan Zee and Groet + Camperduin; false for a kern the reference
     *     population does not count
     */
    public static boolean isKleineKern(Kern kern) {
      return BergenReferentie.populatie().aantal(kern, JEUGDIGEN).map(aantal -> aantal < MIN_JEUGDIGEN_IN_KERN).orElse(false);
    }

    /**
     * Whether an age band is wide enough for an anonymous case.
     *
     * @param leeftijdsgroep the band
     * @return whether it spans at least {@value #MIN_BREEDTE_LEEFTIJDSGROEP} years
     */
    public static boolean isBreedGenoeg(Leeftijdsgroep leeftijdsgroep) {
      return leeftijdsgroep.tot() - leeftijdsgroep.van() >= MIN_BREEDTE_LEEFTIJDSGROEP;
    }
  }

  @Value.Check
  void checkCase() {
    InvalidValueException.require(!kenmerk().isBlank(), KENMERK_CODE, "a case needs a reference (kenmerk)");
    InvalidValueException.require(
        !isAnoniem() || (kind().persoonsgegevens().isEmpty() && kind().pseudoniem().isEmpty()),
        ANONYMOUS_CODE,
        "a case without consent is anonymous and cannot hold identifying data (kind.persoonsgegevens)"
            + " or a pseudonym (kind.pseudoniem)");
  }
}
