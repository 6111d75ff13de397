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
  public Status status() {
    return Status.OPEN;
  }

  /**
   * A builder for an agreement.
   *
   * <p>Required: {@link #wie()}, {@link #wat()}, {@link #uiterlijk()}, {@link #casus()}; every
   * other attribute is optional, a collection that may stay empty, or has a default. {@code
   * build()} throws an {@link IllegalStateException} that names every required attribute not set,
   * and an {@link InvalidValueException} with the rule's code when the value would break an
   * invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Afspraak}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableAfspraak.Builder {
    Builder() {}
  }

  @Value.Check
  void checkText() {
    InvalidValueException.require(!wat().isBlank(), TEXT_CODE, "an agreement must say what is to be done (wat)");
    InvalidValueException.require(!casus().isBlank(), TEXT_CODE, "an agreement must name its case (casus)");
  }

  /** Where an agreement of the afsprakenlijst stands. */
  public enum Status {
    /** Open: still to be done. */
    OPEN,
    /** Uitgevoerd: done. */
    UITGEVOERD,
    /** Vervallen: no longer needed, for example because the case was referred elsewhere. */
    VERVALLEN
  }
}
