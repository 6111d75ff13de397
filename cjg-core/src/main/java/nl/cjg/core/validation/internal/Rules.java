package nl.cjg.core.validation.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a value type whose business rules are listed in a rule table: {@code @Rules(CasusRules.class)}
 * on {@code Casus} has {@link RulesValidator} check every rule of {@code CasusRules} that applies
 * to a {@code Casus}. Each violation carries its own rule's id as message template; this
 * annotation's own message is never shown.
 */
@Constraint(validatedBy = RulesValidator.class)
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
}
