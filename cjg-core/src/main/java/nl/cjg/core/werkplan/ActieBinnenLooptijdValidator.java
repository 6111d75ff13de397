package nl.cjg.core.werkplan;

import nl.cjg.core.tijd.Periode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Checks rule {@code PLANVANAANPAK-001}: every action lies within the plan's span. */
public final class ActieBinnenLooptijdValidator implements ConstraintValidator<ActieBinnenLooptijd, PlanVanAanpak> {
  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public ActieBinnenLooptijdValidator() {}

  @Override
  public boolean isValid(PlanVanAanpak plan, ConstraintValidatorContext context) {
    if (plan == null || plan.looptijd().isEmpty()) {
      return true;
    }
    Periode looptijd = plan.looptijd().get();
    boolean valid = true;
    for (int i = 0; i < plan.fasen().size(); i++) {
      List<Actie> acties = plan.fasen().get(i).acties();
      for (int j = 0; j < acties.size(); j++) {
        if (!acties.get(j).wanneer().ligtBinnen(looptijd)) {
          ViolationPaths.atNestedElementField(context, "fasen", i, "acties", j, "wanneer");
          valid = false;
        }
      }
    }
    return valid;
  }
}
