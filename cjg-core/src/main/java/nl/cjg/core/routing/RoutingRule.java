package nl.cjg.core.routing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.cjg.core.partner.Discipline;
import nl.cjg.core.partner.Expertise;
import org.immutables.value.Value;

/**
 * One rule of a {@link RoutingRules} set: when all its conditions hold for a {@link Situatie}, it
 * fires and its effects apply: a minimum level, forbidden levels, next steps and the disciplines
 * and expertise the partners to involve must bring. Conditions are written in the rule language
 * of {@code docs/routing-rules.md}, for example {@code leefgebieden vanaf zorg >= 2}.
 *
 * <p>A rule on its own is just data; whether it is well-formed (known subjects, a condition that
 * can hold, no conflict with another rule) is checked when it becomes part of a
 * {@link RoutingRules} set. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RoutingRule {
  RoutingRule() {}

  /** The rule's id, unique in its set, for example {@code VEILIGHEID-ACUUT}. */
  public abstract String id();

  /** The priority, 0 to 1000: a rule forbidding a level overrides lower-priority rules setting it. */
  public abstract int priority();

  /** The line of the rule's {@code regel} keyword in its source; 0 for a rule built in code. */
  @Value.Default
  public int line() {
    return 0;
  }

  /** The conditions, all of which must hold; none means the rule always fires. */
  public abstract List<String> conditions();

  /** The level the advice gets at least. */
  public abstract Optional<Niveau> minimumLevel();

  /** The levels the advice may not get unless a rule of higher priority sets them. */
  public abstract Set<Niveau> forbiddenLevels();

  /** The next steps to recommend, in order. */
  public abstract List<Vervolgstap> steps();

  /** Disciplines the partners to involve should have. */
  public abstract Set<Discipline> disciplines();

  /** Expertise the partners to involve should bring. */
  public abstract Set<Expertise> expertises();

  /** One sentence in Dutch that says why the rule fired. */
  public abstract String explanationDutch();

  /** The same sentence in English. */
  public abstract String explanationEnglish();

  /** Where the rule comes from: a seed line, a law. */
  public abstract String source();

  /**
   * A builder for a rule.
   *
   * <p>Required: {@link #id()}, {@link #priority()}, {@link #explanationDutch()}, {@link
   * #explanationEnglish()}, {@link #source()}; every other attribute is optional, a collection
   * that may stay empty, or has a default. {@code build()} throws an {@link
   * IllegalStateException} that names every required attribute not set.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RoutingRule}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableRoutingRule.Builder {
    Builder() {}
  }

  /** The explanation in English for {@code en}, otherwise in Dutch. */
  public String explanation(Locale locale) {
    return Advies.Toelichting.isEnglish(locale) ? explanationEnglish() : explanationDutch();
  }

  /** Whether applying the rule changes anything. */
  boolean hasEffect() {
    return minimumLevel().isPresent()
        || !forbiddenLevels().isEmpty()
        || !steps().isEmpty()
        || !disciplines().isEmpty()
        || !expertises().isEmpty();
  }
}
