package nl.cjg.core.werkplan;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks rule {@code WERKPLAN-002}: every item's deadline falls in the plan year. */
public final class PlanningInPlanjaarValidator implements ConstraintValidator<PlanningInPlanjaar, Werkplan> {
  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public PlanningInPlanjaarValidator() {}

  @Override
  public boolean isValid(Werkplan plan, ConstraintValidatorContext context) {
    if (plan == null) {
      return true;
    }
    context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("jaar", plan.jaar().getValue());
    LocalDate eersteDag = plan.jaar().atDay(1);
    LocalDate eersteDagVolgendJaar = plan.jaar().plusYears(1).atDay(1);
    boolean valid = true;
    for (int i = 0; i < plan.items().size(); i++) {
      LocalDate deadline = plan.items().get(i).gerealiseerdVoor();
      if (!deadline.isAfter(eersteDag) || deadline.isAfter(eersteDagVolgendJaar)) {
        ViolationPaths.atElementField(context, "items", i, "gerealiseerdVoor");
        valid = false;
      }
    }
    return valid;
  }
}
