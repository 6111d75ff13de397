package nl.cjg.core.verwijsindex;

import java.time.LocalDate;
import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.id.AgbCode;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.validation.ElfproefGeldig;
import nl.cjg.core.validation.internal.Rules;
import org.immutables.value.Value;

/**
 * A signal in the Verwijsindex: an organisation registers, without needing consent, that it has a
 * reasonable concern about the healthy development of a young person. It holds only who (the BSN),
 * who signals (the organisation), when it was registered and withdrawn, and the birth date, which
 * ends the signal at the 23rd birthday. Nothing of the case's content.
 *
 * <p>Invariants: the organisation is named (code {@value #ORGANISATIE_CODE}); a withdrawal is not
 * before the registration (code {@value #WITHDRAWAL_CODE}). BSN and birth date are personal data
 * and never show in {@code toString}. Immutable and thread-safe.
 */
@Value.Immutable
@Rules(VerwijsindexRules.class)
public abstract class Signaal {
  Signaal() {}

  /** The code of the rule that a signal names its organisation. */
  public static final String ORGANISATIE_CODE = "SIGNAAL-S01";

  /** The code of the rule that a signal is not withdrawn before it is registered. */
  public static final String WITHDRAWAL_CODE = "SIGNAAL-S02";

  /** The young person's BSN, the key that links signals of different organisations (a match). */
  @Value.Redacted
  @ElfproefGeldig
  public abstract Bsn bsn();

  /** The signalling organisation, by name. */
  public abstract String organisatie();

  /** The organisation's AGB-code, when it is a care provider. */
  public abstract Optional<AgbCode> agbCode();

  /** The date of registration. */
  public abstract LocalDate datumRegistratie();

  /** The date the signal was withdrawn, if it was. */
  public abstract Optional<LocalDate> datumIntrekking();

  /** The young person's birth date; the signal ends at the 23rd birthday. */
  @Value.Redacted
  public abstract LocalDate geboortedatum();

  /**
   * A builder for a signal.
   *
   * <p>Required: {@link #bsn()}, {@link #organisatie()}, {@link #datumRegistratie()}, {@link
   * #geboortedatum()}; every other attribute is optional, a collection that may stay empty, or
   * has a default. {@code build()} throws an {@link IllegalStateException} that names every
   * required attribute not set, and an {@link InvalidValueException} with the rule's code when
   * the value would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Signaal}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableSignaal.Builder {
    Builder() {}
  }

  @Value.Check
  void checkSignal() {
    InvalidValueException.require(
        !organisatie().isBlank(), ORGANISATIE_CODE, "a signal names its organisation (organisatie)");
    InvalidValueException.require(
        datumIntrekking().map(intrekking -> !intrekking.isBefore(datumRegistratie())).orElse(true),
        WITHDRAWAL_CODE,
        "a signal cannot be withdrawn (datumIntrekking) before it is registered (datumRegistratie)");
  }
}
