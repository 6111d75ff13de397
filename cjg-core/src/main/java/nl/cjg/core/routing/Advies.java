package nl.cjg.core.routing;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.cjg.core.partner.Discipline;
import nl.cjg.core.partner.Expertise;
import nl.cjg.core.partner.Partner;
import org.immutables.value.Value;

/**
 * The advice of the {@link Router} for one {@link Situatie}: the level of help, whether the child
 * is outside the CJG target group, the partners to involve (ranked), the next steps, and every
 * rule that fired with its explanation. Needed disciplines or expertise that no partner serving
 * the child's age and kern brings are listed, so a gap in the network shows.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Advies {
  Advies() {}

  /** The level of help. */
  public abstract Niveau niveau();

  /** Whether the child is outside the CJG target group, 0 t/m 23. */
  public abstract boolean buitenDoelgroep();

  /** The name of the rule set that gave the advice. */
  public abstract String regelset();

  /**
   * The partners to involve, best first: each serves the child's age and kern and brings at least
   * one needed discipline or expertise. Ranked by the number of needed disciplines and expertise it
   * brings (more first), then kernpartners before netwerkpartners, then the order of the network.
   */
  public abstract List<Partner> partners();

  /** The next steps, in the order of the rules that recommend them (highest priority first). */
  public abstract List<Vervolgstap> vervolgstappen();

  /** Every rule that fired, highest priority first. */
  public abstract List<Toelichting> toelichtingen();

  /** Needed disciplines that no partner serving the child's age and kern has. */
  public abstract Set<Discipline> disciplinesZonderPartner();

  /** Needed expertise that no partner serving the child's age and kern brings. */
  public abstract Set<Expertise> expertisesZonderPartner();

  /**
   * A builder for an advice.
   *
   * <p>Required: {@link #niveau()}, {@link #buitenDoelgroep()}, {@link #regelset()}; every other
   * attribute is optional, a collection that may stay empty, or has a default. {@code build()}
   * throws an {@link IllegalStateException} that names every required attribute not set.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Advies}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableAdvies.Builder {
    Builder() {}
  }

  /** The ids of the rules whose effects applied, highest priority first. */
  public List<String> toegepasteRegels() {
    return toelichtingen().stream().filter(Toelichting::toegepast).map(Toelichting::regel).toList();
  }

  /**
   * The explanation, one line per rule that fired: {@code ID: sentence}.
   *
   * @param locale English for {@code en}, otherwise Dutch
   * @return the lines, highest priority first
   */
  public List<String> uitleg(Locale locale) {
    List<Toelichting> toelichtingen = toelichtingen();
    String[] lines = new String[toelichtingen.size()];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = toelichtingen.get(i).tekst(locale);
    }
    return Collections.unmodifiableList(Arrays.asList(lines));
  }

  /**
   * Why an {@link Advies} is what it is: one rule that fired, with its id and one sentence in Dutch
   * and in English. A rule whose minimum level was forbidden by a rule of higher priority was set
   * aside: it is listed, with the rule that set it aside, but its effects did not apply. Immutable
   * and thread-safe.
   */
  @Value.Immutable
  public abstract static class Toelichting {
    Toelichting() {}

    /** The id of the rule that fired. */
    public abstract String regel();

    /** The rule's sentence in Dutch. */
    public abstract String nl();

    /** The rule's sentence in English. */
    public abstract String en();

    /** The rule that set this one aside, when it was. */
    public abstract Optional<String> opzijGezetDoor();

    /**
     * A builder for an explanation.
     *
     * <p>Required: {@link #regel()}, {@link #nl()}, {@link #en()}; every other attribute is
     * optional, a collection that may stay empty, or has a default. {@code build()} throws an
     * {@link IllegalStateException} that names every required attribute not set.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link Toelichting}; {@link #builder()} names the required attributes. A list or set
     * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
     * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
     * itself or an {@code Optional}. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableToelichting.Builder {
      Builder() {}
    }

    /** Whether the rule's effects applied. */
    public boolean toegepast() {
      return opzijGezetDoor().isEmpty();
    }

    /**
     * The explanation as one line: {@code ID: sentence}, and for a rule set aside the rule that did
     * so, in English for {@code en}, otherwise in Dutch.
     *
     * @param locale the language
     * @return for example {@code VEILIGHEID-ACUUT: Bij acute onveiligheid ...}
     */
    public String tekst(Locale locale) {
      return isEnglish(locale) ? tekstEn() : tekstNl();
    }

    /** {@link #tekst} in Dutch, made once: a router shares one explanation among its advices. */
    @Value.Lazy
    String tekstNl() {
      return regel() + ": " + nl() + opzijGezetDoor().map(other -> " (opzijgezet door " + other + ")").orElse("");
    }

    /** {@link #tekst} in English, made once. */
    @Value.Lazy
    String tekstEn() {
      return regel() + ": " + en() + opzijGezetDoor().map(other -> " (set aside by " + other + ")").orElse("");
    }

    /** Whether explanations are given in English for {@code locale}; otherwise they are Dutch. */
    static boolean isEnglish(Locale locale) {
      return locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
    }
  }
}
