package nl.cjg.core.populatie;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code POPULATIE-003}: the annotated {@link Leeftijdsgroep} lies within the CJG target
 * group, from birth through age 23 ({@link Leeftijdsindelingen#CJG_DOELGROEP}). The time before
 * birth is not an age band; it is reached through {@link Doelgroepsoort#TOEKOMSTIGE_OUDERS}. Put
 * it on the type argument: {@code Optional<@BinnenCjgDoelgroep Leeftijdsgroep>}. Used by target
 * groups and by offerings.
 */
@Documented
@Constraint(validatedBy = BinnenCjgDoelgroep.Validator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface BinnenCjgDoelgroep {
  /** The rule id as message key. */
  String message() default "{POPULATIE-003}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /** Checks rule {@code POPULATIE-003}: an age band lies within the CJG target group, 0 through 23. */
  final class Validator implements ConstraintValidator<BinnenCjgDoelgroep, Leeftijdsgroep> {
    /** Creates the validator; Hibernate Validator does so once per constraint; not for use outside this library. */
    public Validator() {}

    @Override
    public boolean isValid(Leeftijdsgroep leeftijdsgroep, ConstraintValidatorContext context) {
      return leeftijdsgroep == null || leeftijdsgroep.ligtBinnen(Leeftijdsindelingen.CJG_DOELGROEP);
    }
  }
}
