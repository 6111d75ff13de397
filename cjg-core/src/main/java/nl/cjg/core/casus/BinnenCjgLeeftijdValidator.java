package nl.cjg.core.casus;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.validation.PropertyViolations;

/**
 * Checks rule {@code CASUS-001}: every age the child may have on the form's date lies in 0 to
 * {@link BinnenCjgLeeftijd#max()}. Reported at the field the age comes from ({@code
 * kind.persoonsgegevens.geboortedatum}, {@code kind.leeftijd} or {@code kind.leeftijdsgroep}); an
 * unknown age is rule {@code CASUS-002}'s concern.
 */
public final class BinnenCjgLeeftijdValidator implements ConstraintValidator<BinnenCjgLeeftijd, Casus> {
  private int max;

  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public BinnenCjgLeeftijdValidator() {}

  @Override
  public void initialize(BinnenCjgLeeftijd constraint) {
    this.max = constraint.max();
  }

  @Override
  public boolean isValid(Casus casus, ConstraintValidatorContext context) {
    if (casus == null) {
      return true;
    }
    Kind kind = casus.kind();
    Optional<Leeftijdsgroep> leeftijden = casus.leeftijdenKind();
    boolean bornLater = kind.geboortedatum().isPresent() && leeftijden.isEmpty();
    boolean tooOld = leeftijden.map(band -> band.tot() > max + 1).orElse(false);
    if (!bornLater && !tooOld) {
      return true;
    }
    if (kind.geboortedatum().isPresent()) {
      PropertyViolations.at(context, "kind", "persoonsgegevens", "geboortedatum");
    } else if (kind.leeftijd().isPresent()) {
      PropertyViolations.at(context, "kind", "leeftijd");
    } else {
      PropertyViolations.at(context, "kind", "leeftijdsgroep");
    }
    return false;
  }
}
