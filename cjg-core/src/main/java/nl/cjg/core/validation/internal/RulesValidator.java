package nl.cjg.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

/**
 * The one validator of every rule table: checks each rule of the table named by {@link Rules}
 * that applies to the value, and reports every breach at its own path with its own rule id.
 * Hibernate Validator creates it; it is not for use outside this library.
 */
public final class RulesValidator implements ConstraintValidator<Rules, Object> {
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
  public RulesValidator() {}

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
