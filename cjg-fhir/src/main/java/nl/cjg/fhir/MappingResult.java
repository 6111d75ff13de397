package nl.cjg.fhir;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading FHIR resources into the model: the value, or every problem found. Never
 * both, never neither. Immutable and thread-safe when the value is.
 *
 * @param <T> the type of the value
 */
public final class MappingResult<T> {
  private final T value;
  private final List<MappingProblem> problems;

  private MappingResult(T value, List<MappingProblem> problems) {
    this.value = value;
    this.problems = List.copyOf(problems);
  }

  static <T> MappingResult<T> of(T value) {
    return new MappingResult<>(Objects.requireNonNull(value, "value"), List.of());
  }

  static <T> MappingResult<T> failed(List<MappingProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a failed mapping has at least one problem");
    }
    return new MappingResult<>(null, problems);
  }

  /** The value, when there were no problems. */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** Every problem, empty when the value is present. */
  public List<MappingProblem> problems() {
    return problems;
  }

  /** Whether the resources became a value. */
  public boolean isValid() {
    return value != null;
  }

  /** The stable codes of the problems, in order. */
  public List<String> codes() {
    return problems.stream().map(MappingProblem::code).toList();
  }

  @Override
  public String toString() {
    return isValid() ? "MappingResult{value}" : "MappingResult" + problems;
  }
}
