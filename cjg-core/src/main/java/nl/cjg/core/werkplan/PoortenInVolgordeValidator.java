package nl.cjg.core.werkplan;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.Optional;

/** Checks rule {@code PLANVANAANPAK-003}: the gates are decided in the order of the phases. */
public final class PoortenInVolgordeValidator implements ConstraintValidator<PoortenInVolgorde, PlanVanAanpak> {
  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public PoortenInVolgordeValidator() {}

  @Override
  public boolean isValid(PlanVanAanpak plan, ConstraintValidatorContext context) {
    if (plan == null) {
      return true;
    }
    LocalDate laatste = LocalDate.MIN;
    boolean valid = true;
    for (int i = 0; i < plan.fasen().size(); i++) {
      Optional<LocalDate> datum = plan.fasen().get(i).goNoGo().flatMap(GoNoGo::datum);
      if (datum.isPresent()) {
        if (datum.get().isBefore(laatste)) {
          ViolationPaths.atElementPropertyField(context, "fasen", i, "goNoGo", "datum");
          valid = false;
        } else {
          laatste = datum.get();
        }
      }
    }
    return valid;
  }
}
