package nl.cjg.core.casus;

import jakarta.validation.Valid;
import java.time.LocalDate;
import nl.cjg.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * An agreement of the afsprakenlijst that ends every case discussion, or of a family plan: who does
 * what, by when, for which case, and where it stands.
 *
 * <p>Invariant (code {@value #TEXT_CODE}): what is agreed and the case's kenmerk are not blank.
 * What is agreed is free text about the family and never shows in {@code toString}. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Afspraak {
  Afspraak() {}

  /** The code of the rule that an agreement says what and for which case. */
  public static final String TEXT_CODE = "AFSPRAAK-S01";

  /** Wie: the organisation or professional who carries it out. */
  @Valid
  public abstract Professional wie();

  /** Wat: what is to be done. */
  @Value.Redacted
  public abstract String wat();

  /** Uiterlijk: the date by which it is done. */
  public abstract LocalDate uiterlijk();

  /** The {@link Casus#kenmerk()} of the case it is about. */
  public abstract String casus();

  /** Where it stands; open by default. */
  @Value.Default
  public Afspraakstatus status() {
    return Afspraakstatus.OPEN;
  }

  /** A builder for an agreement. */
  public static ImmutableAfspraak.Builder builder() {
    return ImmutableAfspraak.builder();
  }

  @Value.Check
  void checkText() {
    InvalidValueException.require(!wat().isBlank(), TEXT_CODE, "an agreement must say what is to be done (wat)");
    InvalidValueException.require(!casus().isBlank(), TEXT_CODE, "an agreement must name its case (casus)");
  }
}
