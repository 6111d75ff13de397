package nl.cjg.core.tijd;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;
import nl.cjg.core.InvalidValueException;

/**
 * When something in a plan happens, as the sources write it: one calendar piece ("4 december 2008",
 * "oktober 2009", "2010", "najaar 2012"), a closed range of two ("november 2008 – maart 2009"), or
 * open-ended from one ("vanaf september 2009", "2010 en verder"). The pieces are {@link Tijdvak}s.
 *
 * <p>{@link #begin()} is always known; {@link #eind()} is known unless the period is open-ended.
 * {@link #format()} writes the canonical Dutch text and {@link #parse(CharSequence)} reads it back:
 * {@code parse(p.format())} equals {@code p}.
 *
 * <p>Invariants: a range's second piece begins after its first and does not end before it (code
 * {@value #VOLGORDE_CODE}); a period is not both a range and open-ended (code {@value #EINDE_CODE}).
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Periode {
  Periode() {}

  /** The code of the rule that a range's second piece lies after its first. */
  public static final String VOLGORDE_CODE = "PERIODE-S01";

  /** The code of the rule that a period is not both a range and open-ended. */
  public static final String EINDE_CODE = "PERIODE-S02";

  /** The code of text that {@link #parse(CharSequence)} cannot read as a period. */
  public static final String TEKST_CODE = "PERIODE-S03";

  /**
   * Orders periods by begin, then by end: a shorter period before a longer one with the same
   * begin, an open-ended one last. Not consistent with {@code equals}: "2012" and
   * "januari 2012 – december 2012" compare as equal.
   */
  public static final Comparator<Periode> CHRONOLOGISCH =
      Comparator.comparing(Periode::begin)
          .thenComparing(Periode::eind, Comparator.comparing((Optional<LocalDate> eind) -> eind.isEmpty())
              .thenComparing(eind -> eind.orElse(LocalDate.MAX)));

  /** The first (or only) piece. */
  public abstract Tijdvak van();

  /** The last piece of a closed range ("maart 2009" in "november 2008 – maart 2009"). */
  public abstract Optional<Tijdvak> totEnMet();

  /** Whether the period has no end: "vanaf september 2009". */
  @Value.Default
  public boolean openEinde() {
    return false;
  }

  /** The first day. */
  public LocalDate begin() {
    return van().begin();
  }

  /** The last day, inclusive; empty when the period is open-ended. */
  public Optional<LocalDate> eind() {
    if (openEinde()) {
      return Optional.empty();
    }
    return Optional.of(totEnMet().orElse(van()).eind());
  }

  /** Whether a piece is an approximate phrase ("najaar 2012"), so that a bound is a convention. */
  public boolean isBenaderd() {
    return van().isBenaderd() || totEnMet().map(Tijdvak::isBenaderd).orElse(false);
  }

  /** Whether {@code datum} lies in the period, bounds included. */
  public boolean bevat(LocalDate datum) {
    return !datum.isBefore(begin()) && eind().map(eind -> !datum.isAfter(eind)).orElse(true);
  }

  /** Whether this period and {@code other} share at least one day. */
  public boolean overlapt(Periode other) {
    return eindigtNietVoor(other.begin()) && other.eindigtNietVoor(begin());
  }

  /** Whether every day of this period lies in {@code other}. */
  public boolean ligtBinnen(Periode other) {
    boolean beginBinnen = !begin().isBefore(other.begin());
    boolean eindBinnen =
        other.eind().map(grens -> eind().map(eind -> !eind.isAfter(grens)).orElse(false)).orElse(true);
    return beginBinnen && eindBinnen;
  }

  /** Whether this period begins after {@code other} has ended; never after an open-ended period. */
  public boolean ligtNa(Periode other) {
    return other.eind().map(eind -> begin().isAfter(eind)).orElse(false);
  }

  private boolean eindigtNietVoor(LocalDate datum) {
    return eind().map(eind -> !eind.isBefore(datum)).orElse(true);
  }

  /** The period of one piece. */
  public static Periode of(Tijdvak tijdvak) {
    return ImmutablePeriode.builder().van(tijdvak).build();
  }

  /**
   * The closed range from {@code van} through {@code totEnMet}: "november 2008 – maart 2009".
   *
   * @param van the first piece
   * @param totEnMet the last piece, beginning after {@code van} begins and not ending before it
   * @return the range
   * @throws InvalidValueException with code {@value #VOLGORDE_CODE} when the pieces are out of order
   */
  public static Periode of(Tijdvak van, Tijdvak totEnMet) {
    return ImmutablePeriode.builder().van(van).totEnMet(totEnMet).build();
  }

  /** The open-ended period from {@code van}: "vanaf september 2009". */
  public static Periode vanaf(Tijdvak van) {
    return ImmutablePeriode.builder().van(van).openEinde(true).build();
  }

  /** The one day {@code datum}. */
  public static Periode dag(LocalDate datum) {
    return of(Tijdvak.dag(datum));
  }

  /** The one month {@code maand}. */
  public static Periode maand(YearMonth maand) {
    return of(Tijdvak.maand(maand));
  }

  /** The one calendar year {@code jaar}. */
  public static Periode jaar(int jaar) {
    return of(Tijdvak.jaar(jaar));
  }

  /**
   * A builder for a period.
   *
   * <p>Required: {@link #van()}; every other attribute is optional, a collection that may stay
   * empty, or has a default. {@code build()} throws an {@link IllegalStateException} that names
   * every required attribute not set, and an {@link InvalidValueException} with the rule's code
   * when the value would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Periode}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutablePeriode.Builder {
    Builder() {}
  }

  /**
   * Reads a period in the canonical form of {@link #format()} or one of the sources' variants.
   *
   * <p>A piece is a day ({@code 4 december 2008}), a month ({@code november 2008}), a quarter
   * ({@code 3e kwartaal 2011}), a year ({@code 2010}) or a part of a year ({@code begin},
   * {@code voorjaar}, {@code zomer}, {@code najaar}, {@code eind} or {@code einde}, optionally with
   * {@code het} before and {@code van} after it: {@code tot het einde van 2012} reads as
   * {@code eind 2012}). A period is one piece, two pieces joined by a dash, {@code t/m} or
   * {@code tot en met}, or one piece after {@code vanaf} or before {@code en verder}. Month names
   * are Dutch; case and extra white space do not matter.
   *
   * @param text the text, for example {@code "November 2008 – maart 2009"}
   * @return the period
   * @throws InvalidValueException with code {@value #TEKST_CODE} when the text is not a period,
   *     or with the code of the broken invariant ({@value #VOLGORDE_CODE}, {@link Tijdvak#JAAR_CODE})
   */
  public static Periode parse(CharSequence text) {
    return PeriodeTekst.parse(text);
  }

  /**
   * The canonical Dutch text: pieces as {@code 4 december 2008}, {@code november 2008},
   * {@code 3e kwartaal 2011}, {@code 2010}, {@code najaar 2012}; a range as
   * {@code november 2008 – maart 2009} (an en dash between spaces); open-ended as
   * {@code vanaf september 2009}.
   */
  public String format() {
    return PeriodeTekst.format(this);
  }

  /** The canonical text, as {@link #format()}. */
  @Override
  public String toString() {
    return format();
  }

  @Value.Check
  void checkEinde() {
    InvalidValueException.require(
        !(openEinde() && totEnMet().isPresent()), EINDE_CODE, "a period is either a range (totEnMet) or open-ended (openEinde)");
    totEnMet()
        .ifPresent(
            tot ->
                InvalidValueException.require(
                    tot.begin().isAfter(van().begin()) && !tot.eind().isBefore(van().eind()),
                    VOLGORDE_CODE,
                    "the last piece of a range (totEnMet) must begin after the first (van) and not end before it"));
  }
}
