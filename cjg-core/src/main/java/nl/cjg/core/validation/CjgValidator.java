package nl.cjg.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;

/**
 * The one entry point of business validation: {@link #validate(Object)} checks a value and
 * everything it holds against every rule of {@code docs/validation-rules.md} and returns all
 * violations. Invalid data never throws; only a {@code null} argument does. Should a rule itself
 * fail, the result is the one violation {@value #UNCHECKED_RULE_ID}, never an exception.
 *
 * <p>Build one validator per language and reuse it: building is costly, validating is not. Uses
 * Hibernate Validator without Expression Language; a value that keeps every rule is recognised
 * by running the rules directly, and only a value that breaks one is walked by Hibernate
 * Validator to report its violations. Immutable and thread-safe.
 */
public final class CjgValidator {
  /** Dutch, the default language of messages. */
  public static final Locale DUTCH = Locale.forLanguageTag("nl");

  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::path).thenComparing(Violation::ruleId).thenComparing(Violation::message);

  /**
   * The rule id of the violation reported when a value could not be checked completely because a
   * rule failed: a defect of this library, reported rather than thrown, so that a value is never
   * taken for valid unchecked.
   */
  public static final String UNCHECKED_RULE_ID = "VALIDATIE-001";

  private static final ValidationResult VALID = ValidationResult.of(List.of());

  private final Validator validator;
  private final QuickCheck quickCheck;
  private final ResourceBundle messages;

  private CjgValidator(Locale locale) {
    ValidatorLogging.quietVersionLine();
    this.messages = MessageBundles.forLocale(locale);
    ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .getterPropertySelectionStrategy(new AccessorPropertySelection())
            .messageInterpolator(new RuleMessageInterpolator(messages))
            .buildValidatorFactory();
    this.validator = factory.getValidator();
    this.quickCheck = new QuickCheck(validator);
  }

  /** A validator with messages in Dutch. */
  public static CjgValidator create() {
    return new CjgValidator(DUTCH);
  }

  /**
   * A validator with messages in the given language: English for {@code en}, otherwise Dutch.
   *
   * @param locale the language of the messages
   * @return the validator
   */
  public static CjgValidator create(Locale locale) {
    return new CjgValidator(MessageBundles.isEnglish(Objects.requireNonNull(locale, "locale")) ? Locale.ENGLISH : DUTCH);
  }

  /**
   * Checks {@code value} and everything it holds.
   *
   * @param value any value type of this library
   * @return every violation, in a stable order; only the violation {@value #UNCHECKED_RULE_ID} when
   *     a rule failed to check the value
   * @throws NullPointerException when {@code value} is null (a programming error)
   */
  public ValidationResult validate(Object value) {
    Objects.requireNonNull(value, "value");
    if (quickCheck.keepsEveryRule(value)) {
      return VALID;
    }
    return report(value);
  }

  /** The check that lets only a value breaking a rule go to the full walk. */
  QuickCheck quickCheck() {
    return quickCheck;
  }

  /** Every violation of {@code value}, found and reported by Hibernate Validator's walk. */
  ValidationResult report(Object value) {
    Set<ConstraintViolation<Object>> found;
    try {
      found = validator.validate(value);
    } catch (ValidationException e) {
      return unchecked();
    }
    List<Violation> violations = found.stream().map(CjgValidator::toViolation).sorted(ORDER).toList();
    return ValidationResult.of(violations);
  }

  /** The result for a value a rule failed to check; the failure's text may hold input, so it is not shown. */
  private ValidationResult unchecked() {
    Violation violation =
        Violation.builder().ruleId(UNCHECKED_RULE_ID).path("").message(messages.getString(UNCHECKED_RULE_ID)).build();
    return ValidationResult.of(List.of(violation));
  }

  private static Violation toViolation(ConstraintViolation<?> violation) {
    return Violation.builder()
        .ruleId(ruleId(violation.getMessageTemplate()))
        .path(path(violation.getPropertyPath()))
        .message(violation.getMessage())
        .invalidValue(shownValue(violation.getInvalidValue()))
        .build();
  }

  /** {@code {CASUS-004}} becomes {@code CASUS-004}; every rule's message template is its id. */
  static String ruleId(String messageTemplate) {
    if (messageTemplate.startsWith("{") && messageTemplate.endsWith("}")) {
      return messageTemplate.substring(1, messageTemplate.length() - 1);
    }
    return messageTemplate;
  }

  /**
   * The path as {@code acties[2].effect}: a node that lies in a list or map carries the index or
   * key of its container, so the brackets go after the container's name; container element nodes
   * ({@code <list element>}) have no name of their own.
   */
  static String path(Path path) {
    StringBuilder text = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        if (node.getIndex() != null) {
          text.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
          text.append('[').append(node.getKey()).append(']');
        }
      }
      String name = node.getName();
      boolean named = name != null && !name.startsWith("<");
      if (named) {
        if (text.length() > 0) {
          text.append('.');
        }
        text.append(name);
      }
    }
    return text.toString();
  }

  private static Optional<String> shownValue(Object invalid) {
    boolean safe = invalid instanceof Number || invalid instanceof Boolean || invalid instanceof Enum<?>;
    return safe ? Optional.of(String.valueOf(invalid)) : Optional.empty();
  }
}
