package nl.cjg.core.stats;

import nl.cjg.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * How a table is protected before publication, so that small counts cannot identify children.
 *
 * <ul>
 *   <li><b>Primary suppression</b>: every count below the {@link #threshold() threshold} (default
 *       {@value #DEFAULT_THRESHOLD}) is suppressed, totals included. A zero is suppressed too
 *       unless {@link #suppressZeros()} is false (a zero says that nobody in the group has the
 *       property, which can itself disclose).
 *   <li><b>Secondary suppression</b>: in a table with totals, further cells are suppressed until no
 *       suppressed cell can be recomputed from the published cells and totals: every suppressed
 *       cell lies on a cycle of suppressed cells (alternately in a shared row and a shared column),
 *       so that adding and subtracting along the cycle keeps every total. It follows that every row
 *       and every column, totals included, holds either no suppressed cell or at least two. Cells
 *       are added along the cheapest such cycle, preferring small counts.
 *   <li><b>Rounding</b> (optional): the counts that are shown are rounded half up to a multiple of
 *       {@link #roundingBase()}, such as 5; rounded cells need not add up to the rounded totals.
 * </ul>
 *
 * <p>Every {@code publish} method applies {@link #standard()} unless the caller passes another
 * control; {@link #internalUseOnly()} is the explicit opt-out. Suppressed cells are published as
 * {@link nl.cjg.core.stats.table.Cell#suppressed()}, never as 0 or blank. This protects against
 * exact recomputation, not against every bound a reader could derive.
 *
 * <p>Invariant (code {@value #SETTINGS_CODE}): threshold at least 0, rounding base at least 1.
 * Immutable and thread-safe.
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

  /** Whether a zero below the threshold is suppressed as well; true by default. */
  @Value.Default
  public boolean suppressZeros() {
    return true;
  }

  /** Shown counts are rounded to a multiple of this number; 1 (the default) leaves them as they are. */
  @Value.Default
  public int roundingBase() {
    return 1;
  }

  /** The default protection: threshold {@value #DEFAULT_THRESHOLD}, zeros suppressed, no rounding. */
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
  }
}
