package nl.cjg.core.verwijsindex;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import nl.cjg.core.populatie.Leeftijd;
import nl.cjg.core.validation.PropertyViolations;

/** Checks rule {@code SIGNAAL-001}; reported at {@code datumRegistratie}. */
public final class JongerDan23BijRegistratieValidator
    implements ConstraintValidator<JongerDan23BijRegistratie, Signaal> {
  private int verjaardag;

  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public JongerDan23BijRegistratieValidator() {}

  @Override
  public void initialize(JongerDan23BijRegistratie constraint) {
    this.verjaardag = constraint.verjaardag();
  }

  @Override
  public boolean isValid(Signaal signaal, ConstraintValidatorContext context) {
    if (signaal == null) {
      return true;
    }
    LocalDate registratie = signaal.datumRegistratie();
    LocalDate geboren = signaal.geboortedatum();
    if (!registratie.isBefore(geboren) && Leeftijd.opDatum(geboren, registratie) < verjaardag) {
      return true;
    }
    PropertyViolations.at(context, "datumRegistratie");
    return false;
  }
}
