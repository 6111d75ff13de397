package nl.cjg.core.werkplan;

import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * One means of a communication step: a code from {@link Soort} and, where the code alone
 * does not say enough, a label ("brief van wethouder", "groeiboekje jeugdgezondheidszorg").
 *
 * <p>Invariant (code {@value #LABEL_CODE}): a means of kind {@link Soort#OVERIG} has a
 * label, and a label is never blank. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Middel {
  Middel() {}

  /** The code of the rule that an other means is labelled and a label is not blank. */
  public static final String LABEL_CODE = "MIDDEL-S01";

  /** The kind of means. */
  @Value.Parameter
  public abstract Soort soort();

  /** How the plan names it, where the code needs it. */
  @Value.Parameter
  public abstract Optional<String> label();

  /** A means named by its code alone. */
  public static Middel of(Soort soort) {
    return ImmutableMiddel.of(soort, Optional.empty());
  }

  /** A means with a label: {@code of(OVERIG, "tijdelijke jongerensite")}. */
  public static Middel of(Soort soort, String label) {
    return ImmutableMiddel.of(soort, Optional.of(label));
  }

  @Value.Check
  void checkLabel() {
    InvalidValueException.require(
        soort() != Soort.OVERIG || label().isPresent(), LABEL_CODE, "an other means (OVERIG) needs a label");
    InvalidValueException.require(
        label().map(label -> !label.isBlank()).orElse(true), LABEL_CODE, "a means' label is not blank");
  }

  /**
   * A builder.
   *
   * <p>Required: {@link #soort()}; every other attribute is optional, a collection that may stay
   * empty, or has a default. {@code build()} throws an {@link IllegalStateException} that names
   * every required attribute not set, and an {@link InvalidValueException} with the rule's code
   * when the value would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Middel}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableMiddel.Builder {
    Builder() {}
  }

  /** The means of communication of a communication plan's middelenmix (Communicatieplan CJG Bergen 2012, 7. plan van aanpak). */
  public enum Soort {
    /** "handboek": a handbook for partners. */
    HANDBOEK,
    /** "toolkit": tools that keep communication uniform. */
    TOOLKIT,
    /** "overleg werkgroep communicatie". */
    WERKGROEP_COMMUNICATIE,
    /** "werkoverleg": staff meetings. */
    WERKOVERLEG,
    /** "bijeenkomsten": meetings and gatherings. */
    BIJEENKOMST,
    /** "personeelsblad": the staff magazine. */
    PERSONEELSBLAD,
    /** "intranet". */
    INTRANET,
    /** "CJG-website": the digital front door. */
    CJG_WEBSITE,
    /** "informatie op websites partners". */
    WEBSITE_PARTNERS,
    /** "brief van wethouder": a letter. */
    BRIEF,
    /** "persberichten (free publicity)". */
    PERSBERICHT,
    /** "artikelen in gemeentekrant". */
    GEMEENTEKRANT,
    /** "folders". */
    FOLDER,
    /** "posters". */
    POSTER,
    /** "abri's": bus-shelter posters. */
    ABRI,
    /** "geboortetas bij inschrijving baby". */
    GEBOORTETAS,
    /** "groeiboekje jeugdgezondheidszorg". */
    GROEIBOEKJE,
    /** "nieuwsbrieven". */
    NIEUWSBRIEF,
    /** "ouderavonden onderwijs". */
    OUDERAVOND,
    /** "trainingsprogramma", for instance for parent ambassadors. */
    TRAININGSPROGRAMMA,
    /** "intervisiebijeenkomsten". */
    INTERVISIE,
    /** "ouders inzetten als ambassadeurs": parents who tell other parents. */
    AMBASSADEURS,
    /** "internetforum": the dialogue with young people. */
    INTERNETFORUM,
    /** "sociale media". */
    SOCIALE_MEDIA,
    /** "online-enquête": a survey, for example on parents' questions. */
    ENQUETE,
    /** "persoonlijk contact netwerkpartners". */
    PERSOONLIJK_CONTACT,
    /** Any other means; a {@link Middel} of this kind names it in its label. */
    OVERIG
  }
}
