package nl.cjg.json;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.DateTimeException;

/**
 * A test constraint whose validator throws instead of judging, with the value in its message, as
 * a rule could on an extreme value it was not written for.
 */
@Target(METHOD)
@Retention(RUNTIME)
@Constraint(validatedBy = Werpt.Validator.class)
@interface Werpt {
  String message() default "{TEST-001}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Throws for every value above 9999. */
  final class Validator implements ConstraintValidator<Werpt, Integer> {
    @Override
    public boolean isValid(Integer value, ConstraintValidatorContext context) {
      if (value > 9999) {
        throw new DateTimeException("Invalid value for YearOfEra: " + value);
      }
      return true;
    }
  }
}
