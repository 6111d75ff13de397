package nl.cjg.json;

import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One reason why a JSON text could not become a value: a stable {@link #code()}, where it is (a
 * JSON Pointer and, when known, line and column) and what is wrong in the reader's language.
 *
 * <p>The code is one of {@link ProblemCode}, a structural code of the model (thrown as
 * {@link nl.cjg.core.InvalidValueException}) or the rule id of a business rule found by
 * {@link nl.cjg.core.validation.CjgValidator}. The message never contains input text, so it never
 * contains personal data. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Problem {
  Problem() {}

  /** The stable code, for example {@code JSON-UNKNOWN-PROPERTY}, {@code BSN-S01} or {@code BSN-001}. */
  public abstract String code();

  /**
   * Where the problem is, as a JSON Pointer (RFC 6901) into the document or record: {@code ""} for
   * the whole value, {@code /kind/bsn}, {@code /acties/2}. For an unknown property it is the object
   * that holds it (the name itself is input text and is not repeated).
   */
  public abstract String pointer();

  /** The line (1-based; in a JSON Lines file the line of the file) when known. */
  public abstract OptionalLong line();

  /** The column (1-based, in characters) when known. */
  public abstract OptionalLong column();

  /** What is wrong, in Dutch or English; never contains input text. */
  public abstract String message();

  /**
   * Whether this is a warning, which does not make the data invalid: a finding of the dataset
   * rules such as an overdue agreement ({@code DATASET-009}). False for every other problem.
   */
  @Value.Default
  public boolean warning() {
    return false;
  }

  /**
   * A builder for a problem.
   *
   * <p>Required: {@link #code()}, {@link #pointer()}, {@link #message()}; every other attribute
   * is optional, a collection that may stay empty, or has a default. {@code build()} throws an
   * {@link IllegalStateException} that names every required attribute not set.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Problem}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableProblem.Builder {
    Builder() {}
  }

  /**
   * The problem as one line for logs and command lines: {@code 3:14 #/kind/bsn BSN-S01 message},
   * the position left out when unknown. Safe to log: it holds no input text.
   */
  public String describe() {
    String position = "";
    if (line().isPresent()) {
      position = line().getAsLong() + (column().isPresent() ? ":" + column().getAsLong() : "") + " ";
    }
    return position + "#" + pointer() + " " + code() + " " + message();
  }
}
