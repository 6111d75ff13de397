package nl.cjg.core.aanbod;

import java.util.Map;
import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import nl.cjg.core.validation.internal.Rules;
import org.immutables.value.Value;

/**
 * A measure broken down by one characteristic (kenmerk): the opvoedspreekuur's contacts by kind
 * of contact, Bureau Jeugdzorg's clients by werksoort, AWBZ clients by grondslag, the
 * overlastmeldingen of the jongerenwerk by category.
 *
 * <p>The categories either form a partition (each one counted once: the grondslag of AWBZ
 * clients) or overlap (one counted in several: a client of Bureau Jeugdzorg in more than one
 * werksoort, so the counts add up to more than the unique clients). The total is the number
 * the categories break down as the source states it; when absent, a partition's total is the sum
 * of its categories.
 *
 * <p>Invariants: a kenmerk (code {@value #KENMERK_CODE}); counts and total not negative (code
 * {@value #NEGATIVE_CODE}); at least one category, each with a label (code
 * {@value #CATEGORY_CODE}). Business rules: {@code AANBOD-004} and {@code AANBOD-005}. Immutable
 * and thread-safe.
 */
@Value.Immutable
@Rules(AanbodRules.class)
public abstract class Uitsplitsing {
  Uitsplitsing() {}

  /** The code of the rule that a breakdown names its characteristic. */
  public static final String KENMERK_CODE = "UITSPLITSING-S01";

  /** The code of the rule that counts are not negative. */
  public static final String NEGATIVE_CODE = "UITSPLITSING-S02";

  /** The code of the rule that there is at least one category and each has a label. */
  public static final String CATEGORY_CODE = "UITSPLITSING-S03";

  /** The characteristic broken down by, for example {@code soort contact} or {@code werksoort}. */
  public abstract String kenmerk();

  /** The count per category, in the order of the source; keys are the category labels. */
  public abstract Map<String, Integer> aantallen();

  /** Whether one may be counted in several categories; false (a partition) unless stated. */
  @Value.Default
  public boolean overlappend() {
    return false;
  }

  /** The number the categories break down, as the source states it. */
  public abstract Optional<Integer> totaal();

  /**
   * A builder for a breakdown.
   *
   * <p>Required: {@link #kenmerk()}; every other attribute is optional, a collection that may
   * stay empty, or has a default. {@code build()} throws an {@link IllegalStateException} that
   * names every required attribute not set, and an {@link InvalidValueException} with the rule's
   * code when the value would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Uitsplitsing}; {@link #builder()} names the required attributes. A list or
   * set attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code
   * xs(Iterable)}; a map attribute {@code putX} and {@code putAllX}; an optional attribute takes
   * the value itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableUitsplitsing.Builder {
    Builder() {}
  }

  /** The sum of the category counts. */
  public long som() {
    return aantallen().values().stream().mapToLong(Integer::longValue).sum();
  }

  @Value.Check
  void checkBreakdown() {
    InvalidValueException.require(!kenmerk().isBlank(), KENMERK_CODE, "a breakdown needs a characteristic (kenmerk)");
    InvalidValueException.require(
        aantallen().values().stream().allMatch(aantal -> aantal >= 0) && totaal().orElse(0) >= 0,
        NEGATIVE_CODE,
        "the counts of a breakdown (aantallen, totaal) cannot be negative");
    InvalidValueException.require(
        !aantallen().isEmpty() && aantallen().keySet().stream().noneMatch(String::isBlank),
        CATEGORY_CODE,
        "a breakdown needs at least one category (aantallen), each with a label");
  }
}
