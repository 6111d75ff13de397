package nl.cjg.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jakarta.validation.Valid;
import org.immutables.value.Value;
import nl.cjg.core.CjgStyle;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.id.Postcode;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.validation.ElfproefGeldig;

/**
 * A test value type holding every kind of attribute the mapping supports, including itself
 * (recursion), a business rule (BSN-001) and an invariant of its own.
 */
@CjgStyle
@Value.Immutable
public abstract class Voorbeeld {
  Voorbeeld() {}

  static final String AANTAL_CODE = "VOORBEELD-S01";

  /** Kinds of example. */
  public enum Soort {
    /** A plain one. */
    GEWOON,
    /** A special one. */
    BIJZONDER
  }

  public abstract String naam();

  public abstract int aantal();

  @Value.Default
  public long groot() {
    return 0L;
  }

  @Value.Default
  public boolean actief() {
    return true;
  }

  public abstract Optional<BigDecimal> bedrag();

  public abstract Optional<BigInteger> heelGroot();

  public abstract Optional<Double> fractie();

  public abstract Optional<LocalDate> datum();

  public abstract Optional<YearMonth> maand();

  public abstract Optional<Year> jaar();

  public abstract Optional<LocalTime> tijd();

  public abstract Optional<LocalDateTime> moment();

  public abstract Optional<Duration> duur();

  public abstract Optional<Period> periode();

  public abstract Optional<URI> adres();

  public abstract Optional<@ElfproefGeldig Bsn> bsn();

  public abstract Optional<Postcode> postcode();

  public abstract Optional<GemeenteCode> gemeente();

  public abstract Optional<Soort> soort();

  public abstract List<@Valid Kern> kernen();

  public abstract Set<String> labels();

  public abstract Optional<@Valid Leeftijdsgroep> groep();

  public abstract Optional<@Valid Voorbeeld> kind();

  /** Derived: not an attribute of the JSON form. */
  @Value.Derived
  public int aantalKernen() {
    return kernen().size();
  }

  /** A helper that is no attribute. */
  public boolean isLeeg() {
    return kernen().isEmpty() && labels().isEmpty();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an example, as every value type of the library offers its own builder. */
  public static final class Builder extends ImmutableVoorbeeld.Builder {
    Builder() {}
  }

  @Value.Check
  void checkAantal() {
    InvalidValueException.require(aantal() >= 0, AANTAL_CODE, "aantal cannot be negative");
  }
}
