package nl.cjg.core.casus;

import java.time.DayOfWeek;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The aanmelder casusoverleg: who brings the case to the meeting, as the bespreekformulier asks
 * (naam, organisatie, functie, telefoonnummer, e-mailadres, werkdagen). Usually a professional of a
 * partner; a parent may also ask the CJG team directly, and then has no organisation.
 *
 * <p>Name, phone number and e-mail address are personal data and never show in {@code toString}.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Aanmelder {
  Aanmelder() {}

  /** The referrer's name. Personal data. */
  @Value.Redacted
  public abstract String naam();

  /** The organisation, by name. */
  public abstract Optional<String> organisatie();

  /** The function, for example {@code intern begeleider}. */
  public abstract Optional<String> functie();

  /** The phone number, as written. Personal data. */
  @Value.Redacted
  public abstract Optional<String> telefoonnummer();

  /** The e-mail address, as written. Personal data. */
  @Value.Redacted
  public abstract Optional<String> emailadres();

  /** The days on which the referrer works and can be reached. */
  public abstract Set<DayOfWeek> werkdagen();

  /** A builder for a referrer. */
  public static ImmutableAanmelder.Builder builder() {
    return ImmutableAanmelder.builder();
  }
}
