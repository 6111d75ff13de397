package nl.cjg.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading one value: either the value, complete and valid, or every problem found
 * — never a partial value. Immutable and thread-safe when the value is.
 *
 * @param <T> the type read
 */
public final class ReadResult<T> {
  private final T value;
  private final List<Problem> problems;

  private ReadResult(T value, List<Problem> problems) {
    this.value = value;
    this.problems = problems;
  }

  /** A result holding a value and no problems. */
  static <T> ReadResult<T> of(T value) {
    return new ReadResult<>(Objects.requireNonNull(value, "value"), List.of());
  }

  /** A result holding problems (at least one) and no value. */
  static <T> ReadResult<T> failed(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a failed read has at least one problem");
    }
    return new ReadResult<>(null, List.copyOf(problems));
  }

  /** The value, present exactly when there are no problems. */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** Every problem found, in the order found; empty when the value is present. */
  public List<Problem> problems() {
    return problems;
  }

  /** Whether the value was read: no problems. */
  public boolean isValid() {
    return value != null;
  }

  /** The codes of the problems, in order, for a quick look. */
  public List<String> codes() {
    return problems.stream().map(Problem::code).toList();
  }

  @Override
  public String toString() {
    return isValid() ? "ReadResult[valid]" : "ReadResult" + codes();
  }
}
