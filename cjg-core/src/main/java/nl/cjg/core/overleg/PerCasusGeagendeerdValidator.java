package nl.cjg.core.overleg;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Set;
import nl.cjg.core.casus.Afspraak;
import nl.cjg.core.validation.PropertyViolations;

/**
 * Checks rule {@code OVERLEG-002}. Reports each stray entry: {@code afsprakenlijst[i].casus},
 * {@code aanschuivendePartners[kenmerk]}, {@code oudersAanwezig[kenmerk]}.
 */
public final class PerCasusGeagendeerdValidator implements ConstraintValidator<PerCasusGeagendeerd, Casusoverleg> {
  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public PerCasusGeagendeerdValidator() {}

  @Override
  public boolean isValid(Casusoverleg overleg, ConstraintValidatorContext context) {
    if (overleg == null) {
      return true;
    }
    Set<String> agenda = overleg.casussen();
    boolean valid = true;
    List<Afspraak> afspraken = overleg.afsprakenlijst();
    for (int i = 0; i < afspraken.size(); i++) {
      if (!agenda.contains(afspraken.get(i).casus())) {
        PropertyViolations.atIndex(context, "afsprakenlijst", i, "casus");
        valid = false;
      }
    }
    valid &= keysOnAgenda(overleg.aanschuivendePartners().keySet(), agenda, "aanschuivendePartners", context);
    valid &= keysOnAgenda(overleg.oudersAanwezig().keySet(), agenda, "oudersAanwezig", context);
    return valid;
  }

  private static boolean keysOnAgenda(
      Set<String> kenmerken, Set<String> agenda, String map, ConstraintValidatorContext context) {
    boolean valid = true;
    for (String kenmerk : kenmerken) {
      if (!agenda.contains(kenmerk)) {
        PropertyViolations.atKey(context, map, kenmerk);
        valid = false;
      }
    }
    return valid;
  }
}
