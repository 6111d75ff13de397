package nl.cjg.core.populatie;

import java.time.LocalDate;
import org.immutables.value.Value;
import nl.cjg.core.InvalidValueException;

/**
 * The size of a target group as a source states it, with that source and its reference date:
 * for example 7300 (toekomstige) ouders in Bergen according to the communicatieplan 2012.
 *
 * <p>Invariants: the size is not negative (code {@value #NEGATIVE_CODE}) and the source is named
 * (code {@value #SOURCE_CODE}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Omvang {
  Omvang() {}

  /** The code of the rule that a size is not negative. */
  public static final String NEGATIVE_CODE = "OMVANG-S01";

  /** The code of the rule that the source is named. */
  public static final String SOURCE_CODE = "OMVANG-S02";

  /** The number of people or organisations. */
  @Value.Parameter
  public abstract int aantal();

  /** The source of the number, for example {@code Communicatieplan CJG Bergen 2012}. */
  @Value.Parameter
  public abstract String bron();

  /** The date the number refers to; 1 January when the source gives only a year. */
  @Value.Parameter
  public abstract LocalDate peildatum();

  /**
   * A size.
   *
   * @param aantal the number, not negative
   * @param bron the source
   * @param peildatum the date the number refers to
   * @return the size
   */
  public static Omvang of(int aantal, String bron, LocalDate peildatum) {
    return ImmutableOmvang.of(aantal, bron, peildatum);
  }

  @Value.Check
  void checkSize() {
    InvalidValueException.require(aantal() >= 0, NEGATIVE_CODE, "the size of a target group (aantal) cannot be negative");
    InvalidValueException.require(!bron().isBlank(), SOURCE_CODE, "the size of a target group needs a source (bron)");
  }

  /**
   * A builder.
   *
   * <p>Required: {@link #aantal()}, {@link #bron()}, {@link #peildatum()}; every other attribute
   * is optional, a collection that may stay empty, or has a default. {@code build()} throws an
   * {@link IllegalStateException} that names every required attribute not set, and an {@link
   * InvalidValueException} with the rule's code when the value would break an invariant.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Omvang}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableOmvang.Builder {
    Builder() {}
  }
}
