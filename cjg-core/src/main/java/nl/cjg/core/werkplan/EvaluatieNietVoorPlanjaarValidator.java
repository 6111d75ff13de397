package nl.cjg.core.werkplan;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks rule {@code WERKPLAN-001}: no evaluation is dated before the plan year. */
public final class EvaluatieNietVoorPlanjaarValidator
    implements ConstraintValidator<EvaluatieNietVoorPlanjaar, Werkplan> {
  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public EvaluatieNietVoorPlanjaarValidator() {}

  @Override
  public boolean isValid(Werkplan plan, ConstraintValidatorContext context) {
    if (plan == null) {
      return true;
    }
    context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("jaar", plan.jaar().getValue());
    LocalDate begin = plan.jaar().atDay(1);
    boolean valid = true;
    List<Evaluatie> evaluaties = plan.evaluaties();
    for (int j = 0; j < evaluaties.size(); j++) {
      if (evaluaties.get(j).datum().isBefore(begin)) {
        ViolationPaths.atElementField(context, "evaluaties", j, "datum");
        valid = false;
      }
    }
    for (int i = 0; i < plan.items().size(); i++) {
      List<Evaluatie> vanItem = plan.items().get(i).evaluaties();
      for (int j = 0; j < vanItem.size(); j++) {
        if (vanItem.get(j).datum().isBefore(begin)) {
          ViolationPaths.atNestedElementField(context, "items", i, "evaluaties", j, "datum");
          valid = false;
        }
      }
    }
    return valid;
  }
}
