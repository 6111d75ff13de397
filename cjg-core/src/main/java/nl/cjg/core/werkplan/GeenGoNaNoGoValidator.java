package nl.cjg.core.werkplan;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks rule {@code PLANVANAANPAK-002}: no gate is decided go after an earlier no-go. */
public final class GeenGoNaNoGoValidator implements ConstraintValidator<GeenGoNaNoGo, PlanVanAanpak> {
  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public GeenGoNaNoGoValidator() {}

  @Override
  public boolean isValid(PlanVanAanpak plan, ConstraintValidatorContext context) {
    if (plan == null) {
      return true;
    }
    boolean noGoGezien = false;
    boolean valid = true;
    for (int i = 0; i < plan.fasen().size(); i++) {
      Optional<GoNoGo.Besluit> besluit = plan.fasen().get(i).goNoGo().map(GoNoGo::besluit);
      if (noGoGezien && besluit.equals(Optional.of(GoNoGo.Besluit.GO))) {
        ViolationPaths.atElementPropertyField(context, "fasen", i, "goNoGo", "besluit");
        valid = false;
      }
      noGoGezien |= besluit.equals(Optional.of(GoNoGo.Besluit.NO_GO));
    }
    return valid;
  }
}
