package nl.cjg.core.routing;

import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why an {@link Advies} is what it is: one rule that fired, with its id and one sentence in Dutch
 * and in English. A rule whose minimum level was forbidden by a rule of higher priority was set
 * aside: it is listed, with the rule that set it aside, but its effects did not apply. Immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class Toelichting {
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
    boolean english = isEnglish(locale);
    String line = regel() + ": " + (english ? en() : nl());
    return opzijGezetDoor()
        .map(other -> line + (english ? " (set aside by " : " (opzijgezet door ") + other + ")")
        .orElse(line);
  }

  /** Whether explanations are given in English for {@code locale}; otherwise they are Dutch. */
  static boolean isEnglish(Locale locale) {
    return locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
  }
}
