package nl.cjg.core.stats.audit;

import java.math.BigDecimal;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * One inconsistency of a published table: where (row label and column header, and their position
 * in CSV terms), what kind, the value stated and the value expected at the precision of the stated
 * value. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding {
  Finding() {}

  /** What a {@link Finding} reports. */
  public enum Kind {
    /** One cell explains every failing check: changing it to the expected value fixes the table. */
    CELL,
    /** A total that is not the sum of its parts. */
    SUM,
    /** A percentage that does not follow from its count and base at the precision shown. */
    PERCENTAGE;

    /** The name used in the JSON rendering: {@code cell}, {@code sum} or {@code percentage}. */
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The label of the cell's row. */
  public abstract String row();

  /** The header of the cell's column. */
  public abstract String column();

  /** The cell's line in CSV terms: 2 for the first row under the header. */
  public abstract int line();

  /** The cell's column number in CSV terms: 2 for the first column after the labels. */
  public abstract int columnNumber();

  /** What is wrong. */
  public abstract Kind kind();

  /** The value the table states. */
  public abstract BigDecimal stated();

  /** The value the cell should have, with as many decimals as the stated value. */
  public abstract BigDecimal expected();

  /**
   * A builder.
   *
   * <p>Required: {@link #row()}, {@link #column()}, {@link #line()}, {@link #columnNumber()},
   * {@link #kind()}, {@link #stated()}, {@link #expected()}; every other attribute is optional, a
   * collection that may stay empty, or has a default. {@code build()} throws an {@link
   * IllegalStateException} that names every required attribute not set.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Finding}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
