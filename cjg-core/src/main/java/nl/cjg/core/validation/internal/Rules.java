package nl.cjg.core.validation.internal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

/**
 * Marks a value type whose business rules are listed in a rule table: {@code @Rules(CasusRules.class)}
 * on {@code Casus} has {@link Validator} check every rule of {@code CasusRules} that applies
 * to a {@code Casus}. Each violation carries its own rule's id as message template; this
 * annotation's own message is never shown.
 */
@Constraint(validatedBy = Rules.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Rules {
  /** The rule table of the annotated type's package. */
  Class<? extends RuleTable> value();

  /** Not shown: every violation names its own rule. */
  String message() default "{nl.cjg.core.validation.internal.Rules}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /**
   * The one validator of every rule table: checks each rule of the table named by {@link Rules}
   * that applies to the value, and reports every breach at its own path with its own rule id.
   * Hibernate Validator creates it; it is not for use outside this library.
   */
  final class Validator implements ConstraintValidator<Rules, Object> {
    /** Each table's rules, read once per table class. */
    private static final ClassValue<List<Rule<?>>> TABLES =
        new ClassValue<>() {
          @Override
          protected List<Rule<?>> computeValue(Class<?> table) {
            return List.copyOf(load(table.asSubclass(RuleTable.class)).rules());
          }
        };

    private List<Rule<?>> rules = List.of();

    /** Creates the validator; Hibernate Validator does so once per annotated type. */
    public Validator() {}

    @Override
    public void initialize(Rules annotation) {
      this.rules = rulesOf(annotation.value());
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      boolean valid = true;
      for (Rule<?> rule : rules) {
        if (rule.appliesTo(value)) {
          valid &= rule.report(value, context);
        }
      }
      return valid;
    }

    /**
     * The rules of a table.
     *
     * @param table a rule table class with a constructor without parameters
     * @return its rules, in its order
     */
    public static List<Rule<?>> rulesOf(Class<? extends RuleTable> table) {
      return TABLES.get(table);
    }

    private static RuleTable load(Class<? extends RuleTable> table) {
      try {
        Constructor<? extends RuleTable> constructor = table.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
      } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot create rule table " + table.getName(), e);
      }
    }
  }
}
