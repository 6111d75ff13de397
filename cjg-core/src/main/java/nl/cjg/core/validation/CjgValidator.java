package nl.cjg.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * <p>A whole dataset — partners, offerings, cases, meetings, family plans, signals… — is checked
 * with {@link #validateDataset(LocalDate, List)} in memory, or record by record with a {@link
 * DatasetCheck}: every record by its own rules, then the dataset rules ({@code DATASET-nnn}) that
 * look across records (references resolve, no identity twice, consent for a family plan, the
 * case-meeting rules on recorded meetings, Verwijsindex signals, overdue agreements).
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

  /**
   * Checks a whole dataset in memory: each record by its own rules, then the dataset rules across
   * the records. Each violation names its record by its position in {@code records}, from 1
   * ({@link Violation#line()}); a violation of a dataset rule that involves a second record names
   * that one too ({@link Violation#relatedLine()}).
   *
   * @param peildatum the dataset's reference date, on which open agreements past their date are
   *     reported (as warnings)
   * @param records the records, in any order; types no rule is about are passed over
   * @return every violation, by record, then path and rule id
   */
  public ValidationResult validateDataset(LocalDate peildatum, List<?> records) {
    DatasetCheck check = datasetCheck(peildatum);
    List<Violation> violations = new ArrayList<>();
    long position = 0;
    for (Object record : records) {
      position++;
      for (Violation violation : validate(record).violations()) {
        violations.add(Violation.builder().from(violation).line(position).build());
      }
      check.add(record, position);
    }
    violations.addAll(check.result().violations());
    violations.sort(Comparator.comparingLong((Violation v) -> v.line().orElse(0L)).thenComparing(ORDER));
    return ValidationResult.of(violations);
  }

  /**
   * Starts checking the dataset rules over records given one at a time, for a dataset too large
   * to hold: it keeps only the keys the rules need (kenmerken, partner names, meeting dates,
   * signal periods, references not yet resolved). The records' own rules are checked apart, with
   * {@link #validate(Object)} or by the reader that yields them.
   *
   * @param peildatum the dataset's reference date
   * @return a new check, for one dataset
   */
  public DatasetCheck datasetCheck(LocalDate peildatum) {
    return new DatasetCheck(new DatasetIntegrity(peildatum, messages));
  }

  /**
   * The dataset rules ({@code DATASET-nnn}) applied to records given one at a time, with their line
   * in a file (or their position): give every record with {@link #add(Object, long)}, then ask
   * {@link #result()} once. Rules across records are decided at the end, so the result does not
   * depend on the order of the records. Not thread-safe: one check per dataset and thread.
   */
  public static final class DatasetCheck {
    private final DatasetIntegrity integrity;

    private DatasetCheck(DatasetIntegrity integrity) {
      this.integrity = integrity;
    }

    /**
     * Takes in one record of the dataset.
     *
     * @param record a record that was read (a {@code Casus}, {@code Casusoverleg}, {@code
     *     Partner}…); types no dataset rule is about are passed over
     * @param line its line in the file, or its position from 1
     * @throws IllegalStateException after {@link #result()}
     */
    public void add(Object record, long line) {
      integrity.add(record, line);
    }

    /**
     * The violations of the dataset rules, each naming its record ({@link Violation#line()}) and,
     * where two are involved, the other one ({@link Violation#relatedLine()}).
     *
     * @return the violations, by record, then path and rule id
     * @throws IllegalStateException when asked a second time
     */
    public ValidationResult result() {
      return integrity.result();
    }
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
