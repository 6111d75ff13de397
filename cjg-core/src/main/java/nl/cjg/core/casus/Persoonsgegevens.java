package nl.cjg.core.casus;

import java.time.LocalDate;
import java.util.Optional;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.id.Postcode;
import nl.cjg.core.validation.ElfproefGeldig;
import org.immutables.value.Value;

/**
 * The data of the bespreekformulier that identify a child or young person: name, the parents'
 * surnames, birth date, address, BSN and contact details. A {@link Casus} only holds them when the
 * case is discussed with consent ({@link Casus#isAnoniem()}).
 *
 * <p>Every attribute is personal data: {@code toString} shows none of them. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Persoonsgegevens {
  Persoonsgegevens() {}

  /** Voornaam kind/jongere: the child's first name. */
  @Value.Redacted
  public abstract String voornaam();

  /** Achternaam kind/jongere: the child's surname. */
  @Value.Redacted
  public abstract String achternaam();

  /** Achternaam vader: the father's surname. */
  @Value.Redacted
  public abstract Optional<String> achternaamVader();

  /** Achternaam moeder: the mother's surname. */
  @Value.Redacted
  public abstract Optional<String> achternaamMoeder();

  /** Geboortedatum kind/jongere: the child's date of birth. */
  @Value.Redacted
  public abstract Optional<LocalDate> geboortedatum();

  /** The street of the address (adres), without the house number. */
  @Value.Redacted
  public abstract Optional<String> straat();

  /** The house number of the address, with any addition, for example {@code 12a}. */
  @Value.Redacted
  public abstract Optional<String> huisnummer();

  /** Postcode: the postal code of the address. */
  @Value.Redacted
  public abstract Optional<Postcode> postcode();

  /** Woonplaats: the town or village the child lives in. */
  @Value.Redacted
  public abstract Optional<String> woonplaats();

  /** The BSN; checked by the eleven-test (rule {@code BSN-001}). */
  @Value.Redacted
  public abstract Optional<@ElfproefGeldig Bsn> bsn();

  /** The young person's own phone number. */
  @Value.Redacted
  public abstract Optional<String> telefoonnummer();

  /** The young person's own e-mail address. */
  @Value.Redacted
  public abstract Optional<String> emailadres();

  /**
   * A builder for identifying data.
   *
   * <p>Required: {@link #voornaam()}, {@link #achternaam()}; every other attribute is optional, a
   * collection that may stay empty, or has a default. {@code build()} throws an {@link
   * IllegalStateException} that names every required attribute not set.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Persoonsgegevens}; {@link #builder()} names the required attributes. A list
   * or set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutablePersoonsgegevens.Builder {
    Builder() {}
  }
}
