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

  /**
   * A builder for a referrer.
   *
   * <p>Required: {@link #naam()}; every other attribute is optional, a collection that may stay
   * empty, or has a default. {@code build()} throws an {@link IllegalStateException} that names
   * every required attribute not set.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Aanmelder}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableAanmelder.Builder {
    Builder() {}
  }
}
