package nl.cjg.core.stats.table;

import java.math.BigDecimal;
import java.util.Optional;
import nl.cjg.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * One cell of a published table: a stated number, an empty cell, or a cell suppressed for
 * disclosure control. A suppressed cell is marked as such, never written as 0 or left out.
 *
 * <p>A stated number keeps the precision it was written with: {@code 0.70} has two decimals and
 * is not equal to {@code 0.7}. Invariants: a value is present exactly when the kind is
 * {@link Kind#VALUE} (code {@value #KIND_CODE}), and it is not negative (code
 * {@value #NEGATIVE_CODE}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Cell {
  Cell() {}

  /** The code of the rule that a value is present exactly for a cell of kind {@code VALUE}. */
  public static final String KIND_CODE = "CELL-S01";

  /** The code of the rule that a stated value is not negative. */
  public static final String NEGATIVE_CODE = "CELL-S02";

  private static final Cell EMPTY = ImmutableCell.builder().kind(Kind.EMPTY).build();
  private static final Cell SUPPRESSED = ImmutableCell.builder().kind(Kind.SUPPRESSED).build();

  /** What a cell holds. */
  public enum Kind {
    /** A stated number. */
    VALUE,
    /** Nothing: the cell was left blank. */
    EMPTY,
    /** Withheld for disclosure control: the number exists but is not published. */
    SUPPRESSED
  }

  /** What the cell holds. */
  public abstract Kind kind();

  /** The stated number, present only for kind {@link Kind#VALUE}. */
  public abstract Optional<BigDecimal> value();

  /**
   * A cell stating {@code value} with the precision it carries; a negative scale is normalised to
   * a whole number.
   *
   * @param value the stated number, not negative
   * @return the cell
   * @throws InvalidValueException with code {@value #NEGATIVE_CODE} when the value is negative
   */
  public static Cell of(BigDecimal value) {
    BigDecimal stated = value.scale() < 0 ? value.setScale(0) : value;
    return ImmutableCell.builder().kind(Kind.VALUE).value(stated).build();
  }

  /**
   * A cell stating a whole number.
   *
   * @param count the number, not negative
   * @return the cell
   */
  public static Cell of(long count) {
    return of(BigDecimal.valueOf(count));
  }

  /** The empty cell. */
  public static Cell empty() {
    return EMPTY;
  }

  /** The suppressed cell. */
  public static Cell suppressed() {
    return SUPPRESSED;
  }

  /** Whether the cell states a number. */
  public boolean isValue() {
    return kind() == Kind.VALUE;
  }

  /** Whether the cell is suppressed. */
  public boolean isSuppressed() {
    return kind() == Kind.SUPPRESSED;
  }

  @Value.Check
  void checkValue() {
    InvalidValueException.require(
        value().isPresent() == (kind() == Kind.VALUE),
        KIND_CODE,
        "a cell holds a value (value) exactly when its kind is VALUE");
    InvalidValueException.require(
        value().map(v -> v.signum() >= 0).orElse(true), NEGATIVE_CODE, "a cell value (value) cannot be negative");
  }

  /**
   * A builder.
   *
   * <p>Required: {@link #kind()}; every other attribute is optional, a collection that may stay
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
   * Builds a {@link Cell}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableCell.Builder {
    Builder() {}
  }
}
