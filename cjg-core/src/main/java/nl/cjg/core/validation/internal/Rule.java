package nl.cjg.core.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * One business rule, defined in one place: its id (also the key of its message in {@code
 * ValidationMessages.properties} and {@code ValidationMessages_en.properties}), the type it applies
 * to, the path of the field it reports (relative to that type), its check and the parameters of
 * its message. Immutable and thread-safe.
 *
 * <p>A path is property names joined by dots; a name followed by a placeholder in brackets is a
 * list or map, and the check fills each placeholder with an index or key when it reports a
 * breach: {@code afspraken[i].casus}, {@code aantallen[category]}, {@code
 * fasen[i].acties[j].wanneer}. The empty path is the value itself.
 *
 * @param <T> the type the rule applies to
 */
public final class Rule<T> {
  /** Receives the places where a value breaks a rule. */
  @FunctionalInterface
  public interface Breaches {
    /**
     * Records one breach.
     *
     * @param positions the index (an {@link Integer}) or key of each placeholder of the rule's
     *     path, in order
     */
    void at(Object... positions);
  }

  /**
   * The check of a rule that may be broken at several places of one value.
   *
   * @param <T> the type checked
   */
  @FunctionalInterface
  public interface Check<T> {
    /**
     * Reports every place where {@code value} breaks the rule.
     *
     * @param value the value, never null
     * @param breaches where to report
     */
    void check(T value, Breaches breaches);
  }

  private final String id;
  private final Class<T> type;
  private final RulePath path;
  private final Check<? super T> check;
  private final Map<String, Function<? super T, ?>> parameters;

  private Rule(String id, Class<T> type, RulePath path, Check<? super T> check) {
    this(id, type, path, check, Map.of());
  }

  private Rule(
      String id, Class<T> type, RulePath path, Check<? super T> check, Map<String, Function<? super T, ?>> parameters) {
    this.id = Objects.requireNonNull(id, "id");
    this.type = Objects.requireNonNull(type, "type");
    this.path = path;
    this.check = Objects.requireNonNull(check, "check");
    this.parameters = parameters;
  }

  /**
   * A rule that holds or not for the value as a whole, reported at a path without placeholders.
   *
   * @param id the rule id
   * @param type the type it applies to
   * @param path where it is reported, for example {@code datumOverleg}
   * @param holds whether a value keeps the rule
   * @param <T> the type it applies to
   * @return the rule
   */
  public static <T> Rule<T> of(String id, Class<T> type, String path, Predicate<? super T> holds) {
    Objects.requireNonNull(holds, "holds");
    return new Rule<>(id, type, withPlaceholders(path, 0), (value, breaches) -> {
      if (!holds.test(value)) {
        breaches.at();
      }
    });
  }

  /**
   * A rule that every element of one list of the value keeps, reported per element at a path
   * with one placeholder, the element's index: {@code afspraken[i].casus}.
   *
   * @param id the rule id
   * @param type the type it applies to
   * @param path where it is reported
   * @param elements the list
   * @param holds whether an element keeps the rule, given the value it belongs to
   * @param <T> the type it applies to
   * @param <E> the type of the elements
   * @return the rule
   */
  public static <T, E> Rule<T> each(
      String id,
      Class<T> type,
      String path,
      Function<? super T, ? extends List<? extends E>> elements,
      BiPredicate<? super T, ? super E> holds) {
    Objects.requireNonNull(elements, "elements");
    Objects.requireNonNull(holds, "holds");
    return new Rule<>(id, type, withPlaceholders(path, 1), (value, breaches) -> {
      List<? extends E> list = elements.apply(value);
      for (int i = 0; i < list.size(); i++) {
        if (!holds.test(value, list.get(i))) {
          breaches.at(i);
        }
      }
    });
  }

  /**
   * A rule with a check of its own, which reports each breach with the positions of the path's
   * placeholders.
   *
   * @param id the rule id
   * @param type the type it applies to
   * @param path where it is reported
   * @param check the check
   * @param <T> the type it applies to
   * @return the rule
   */
  public static <T> Rule<T> checking(String id, Class<T> type, String path, Check<? super T> check) {
    return new Rule<>(id, type, RulePath.parse(path), check);
  }

  private static RulePath withPlaceholders(String text, int count) {
    RulePath path = RulePath.parse(text);
    if (path.placeholders() != count) {
      throw new IllegalArgumentException("path " + text + " needs " + count + " placeholder(s)");
    }
    return path;
  }

  /**
   * This rule with one more message parameter: {@code {name}} in the message is replaced by the
   * value computed from the checked value. A parameter is never input text: a number, a year or
   * a list of ages.
   *
   * @param name the placeholder's name in the message
   * @param value computes the parameter from the checked value
   * @return the rule with the parameter
   */
  public Rule<T> withParameter(String name, Function<? super T, ?> value) {
    Map<String, Function<? super T, ?>> more = new LinkedHashMap<>(parameters);
    more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return new Rule<>(id, type, path, check, Collections.unmodifiableMap(more));
  }

  /** The rule id, for example {@code CASUS-004}. */
  public String id() {
    return id;
  }

  /** The type the rule applies to. */
  public Class<T> type() {
    return type;
  }

  /** The path the rule reports at, with its placeholders: {@code afspraken[i].casus}. */
  public String path() {
    return path.toString();
  }

  /** The names of the message parameters, in the order they were added. */
  public List<String> parameters() {
    return List.copyOf(parameters.keySet());
  }

  /** Whether the rule applies to {@code value}. */
  boolean appliesTo(Object value) {
    return type.isInstance(value);
  }

  /**
   * Whether {@code value} keeps this rule, reporting nothing: a value of another type keeps it.
   *
   * @param value the value, not null
   * @return whether the rule finds no breach
   */
  public boolean keptBy(Object value) {
    if (!appliesTo(value)) {
      return true;
    }
    Breach breach = new Breach();
    check.check(type.cast(value), breach);
    return !breach.found;
  }

  /** Remembers whether a check found a breach. */
  private static final class Breach implements Breaches {
    private boolean found;

    @Override
    public void at(Object... positions) {
      found = true;
    }
  }

  /**
   * Checks {@code value} and adds a violation per breach to {@code context}.
   *
   * @return whether the value keeps the rule
   */
  boolean report(Object value, ConstraintValidatorContext context) {
    T checked = type.cast(value);
    List<Object[]> found = new ArrayList<>();
    check.check(checked, positions -> found.add(path.checked(positions)));
    if (found.isEmpty()) {
      return true;
    }
    HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
    for (Map.Entry<String, Function<? super T, ?>> parameter : parameters.entrySet()) {
      hibernate.addMessageParameter(parameter.getKey(), parameter.getValue().apply(checked));
    }
    for (Object[] positions : found) {
      path.addViolation(context, "{" + id + "}", positions);
    }
    return false;
  }

  @Override
  public String toString() {
    return "Rule[" + id + " " + type.getSimpleName() + (path.isEmpty() ? "" : "." + path) + "]";
  }
}
