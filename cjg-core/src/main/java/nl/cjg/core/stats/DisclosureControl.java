package nl.cjg.core.stats;

import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * How a table is protected before publication, so that small counts cannot identify children.
 *
 * <ul>
 *   <li><b>Primary suppression</b>: every count below the {@link #threshold() threshold} (default
 *       {@value #DEFAULT_THRESHOLD}) is sensitive and withheld, totals included. A zero is published
 *       as it is unless {@link #suppressZeros()} is set; a category that is empty everywhere is left
 *       out of the publication rather than withheld.
 *   <li><b>Protection intervals</b>: an attacker who knows every published cell, every total and
 *       that counts are never negative can bound a withheld count by linear programming (see
 *       {@link nl.cjg.core.stats.audit.TableAttack}). For a sensitive count {@code x} that bound must
 *       reach down to at least {@code x -} {@link #lowerProtection(long) lowerProtection(x)} and up
 *       to at least {@code x +} {@link #upperProtection(long) upperProtection(x)}: by default from 0
 *       to the threshold, so the attacker can tell it neither from an empty group nor from a count
 *       that would have been published.
 *   <li><b>Secondary suppression</b>: in a table with totals, further cells are withheld until every
 *       protection interval holds. For each sensitive count and direction a linear programme finds
 *       the cheapest change of the table that the attacker cannot rule out, costed by the
 *       {@link #cost()} of the cells it touches, and withholds its cells. A published 0 is never a
 *       secondary cell, and every withheld cell can take more than one value.
 *   <li><b>Rounding</b> (optional): the counts that are shown are rounded half up to a multiple of
 *       {@link #roundingBase()}, such as 5; rounded cells need not add up to the rounded totals.
 * </ul>
 *
 * <p>Every {@code publish} method applies {@link #standard()} unless the caller passes another
 * control; {@link #internalUseOnly()} is the explicit opt-out. Withheld cells are published as
 * {@link nl.cjg.core.stats.table.Cell#suppressed()}, never as 0 or blank. Tables published from
 * the same counts must be published with the same control (see {@code CrossTable.publishWithMargins});
 * the guarantee covers one release, not the differences between releases over time.
 *
 * <p>Invariant (code {@value #SETTINGS_CODE}): threshold at least 0, rounding base at least 1,
 * protection levels at least 0. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DisclosureControl {
  DisclosureControl() {}

  /** The code of the rule that the threshold is at least 0 and the rounding base at least 1. */
  public static final String SETTINGS_CODE = "DISCLOSURE-S01";

  /** The default threshold: counts below 5 are suppressed. */
  public static final int DEFAULT_THRESHOLD = 5;

  private static final DisclosureControl STANDARD = builder().build();
  private static final DisclosureControl NONE = builder().threshold(0).build();

  /** Counts below this number are suppressed; 0 suppresses nothing. */
  @Value.Default
  public int threshold() {
    return DEFAULT_THRESHOLD;
  }

  /**
   * Whether a zero is sensitive too; false by default. When true, a category of a distribution
   * that is empty is left out of a publication rather than withheld (a cross table always leaves
   * out a row or column that is empty everywhere).
   */
  @Value.Default
  public boolean suppressZeros() {
    return false;
  }

  /**
   * A fixed upper protection level for every sensitive count; when empty (the default) it is the
   * threshold minus the count, so that the attacker's upper bound reaches the threshold.
   */
  public abstract Optional<Integer> upperProtectionLevel();

  /**
   * A fixed lower protection level for every sensitive count, capped at the count; when empty (the
   * default) it is the count itself, so that the attacker's lower bound reaches 0.
   */
  public abstract Optional<Integer> lowerProtectionLevel();

  /** What a withheld secondary cell costs, to be kept low. */
  public enum Cost {
    /** A cell costs its count: few people's figures are hidden (the default). */
    VALUE,
    /** Every cell costs the same: few cells are hidden. */
    COUNT
  }

  /** What a withheld secondary cell costs; {@link Cost#VALUE} by default. */
  @Value.Default
  public Cost cost() {
    return Cost.VALUE;
  }

  /** Shown counts are rounded to a multiple of this number; 1 (the default) leaves them as they are. */
  @Value.Default
  public int roundingBase() {
    return 1;
  }

  /**
   * The default protection: threshold {@value #DEFAULT_THRESHOLD}, zeros published, protection
   * intervals from 0 to the threshold, cost by value, no rounding.
   */
  public static DisclosureControl standard() {
    return STANDARD;
  }

  /**
   * No protection at all, for tables that stay inside the organisation. Choosing it is the
   * explicit decision not to protect.
   */
  public static DisclosureControl internalUseOnly() {
    return NONE;
  }

  /**
   * A builder, starting from the standard settings.
   *
   * <p>Nothing is required: every attribute is optional, a collection that may stay empty, or has
   * a default. {@code build()} throws an {@link IllegalStateException} that names every required
   * attribute not set, and an {@link InvalidValueException} with the rule's code when the value
   * would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DisclosureControl}; {@link #builder()} names the required attributes. A list
   * or set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableDisclosureControl.Builder {
    Builder() {}
  }

  /**
   * Whether a count must be suppressed on its own (primary suppression).
   *
   * @param count the count
   * @return true when it is below the threshold (and, for 0, when zeros are suppressed)
   */
  public boolean isSensitive(long count) {
    return count < threshold() && (count > 0 || suppressZeros());
  }

  /**
   * How far above a sensitive count the attacker's upper bound must reach.
   *
   * @param count a sensitive count
   * @return the upper protection level, at least 1
   */
  public long upperProtection(long count) {
    return Math.max(1, upperProtectionLevel().map(level -> (long) level).orElse(threshold() - count));
  }

  /**
   * How far below a sensitive count the attacker's lower bound must reach; never below 0.
   *
   * @param count a sensitive count
   * @return the lower protection level, from 0 to the count
   */
  public long lowerProtection(long count) {
    return Math.min(count, lowerProtectionLevel().map(level -> (long) level).orElse(count));
  }

  /**
   * A shown count, rounded half up to a multiple of the rounding base.
   *
   * @param count the count, not negative
   * @return the count as published
   */
  public long rounded(long count) {
    long base = roundingBase();
    return Math.floorDiv(Math.addExact(Math.multiplyExact(count, 2), base), 2 * base) * base;
  }

  @Value.Check
  void checkSettings() {
    InvalidValueException.require(threshold() >= 0, SETTINGS_CODE, "the threshold (threshold) cannot be negative");
    InvalidValueException.require(roundingBase() >= 1, SETTINGS_CODE, "the rounding base (roundingBase) must be at least 1");
    InvalidValueException.require(
        upperProtectionLevel().orElse(0) >= 0 && lowerProtectionLevel().orElse(0) >= 0,
        SETTINGS_CODE,
        "a protection level (upperProtectionLevel, lowerProtectionLevel) cannot be negative");
  }
}
