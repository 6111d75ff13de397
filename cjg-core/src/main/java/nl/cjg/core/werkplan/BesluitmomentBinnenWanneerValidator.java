package nl.cjg.core.werkplan;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks rule {@code PLANVANAANPAK-004}: every decision on an action lies within its period. */
public final class BesluitmomentBinnenWanneerValidator implements ConstraintValidator<BesluitmomentBinnenWanneer, Actie> {
  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public BesluitmomentBinnenWanneerValidator() {}

  @Override
  public boolean isValid(Actie actie, ConstraintValidatorContext context) {
    if (actie == null) {
      return true;
    }
    boolean valid = true;
    for (int k = 0; k < actie.besluitmomenten().size(); k++) {
      if (!actie.wanneer().bevat(actie.besluitmomenten().get(k).datum())) {
        ViolationPaths.atElementField(context, "besluitmomenten", k, "datum");
        valid = false;
      }
    }
    return valid;
  }
}
