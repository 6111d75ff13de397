package nl.cjg.core.partner;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.stream.Collectors;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Leeftijdsindelingen;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Checks rule {@code PARTNER-005}: some partner of the network serves each age from 0 through 23.
 * The message names the unserved ages (numbers only, never input text).
 */
public final class SluitendeKetenValidator implements ConstraintValidator<SluitendeKeten, Netwerk> {
  /** Creates the validator; Hibernate Validator does so once per constraint. */
  public SluitendeKetenValidator() {}

  @Override
  public boolean isValid(Netwerk netwerk, ConstraintValidatorContext context) {
    if (netwerk == null) {
      return true;
    }
    List<Leeftijdsgroep> hiaten = netwerk.hiaten(Leeftijdsindelingen.CJG_DOELGROEP);
    if (hiaten.isEmpty()) {
      return true;
    }
    String ages = hiaten.stream().map(SluitendeKetenValidator::ages).collect(Collectors.joining(", "));
    context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("hiaten", ages);
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("partners")
        .addConstraintViolation();
    return false;
  }

  /** {@code 19} for one age, {@code 4–11} for several. */
  private static String ages(Leeftijdsgroep band) {
    return band.tot() - band.van() == 1 ? String.valueOf(band.van()) : band.van() + "–" + (band.tot() - 1);
  }
}
