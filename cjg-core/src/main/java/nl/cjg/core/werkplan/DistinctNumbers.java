package nl.cjg.core.werkplan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import nl.cjg.core.InvalidValueException;

/** The structural rule that the numbered parts of a plan (items, choices, steps) have distinct numbers. Stateless. */
final class DistinctNumbers {
  private DistinctNumbers() {}

  /**
   * Throws when two of {@code values} share a number.
   *
   * @param values the numbered parts
   * @param nummer the number of a part
   * @param code the code of the plan's rule
   * @param message what is wrong, naming the field
   * @param <T> the kind of part
   */
  static <T> void require(List<T> values, ToIntFunction<T> nummer, String code, String message) {
    Set<Integer> seen = new HashSet<>();
    for (T value : values) {
      InvalidValueException.require(seen.add(nummer.applyAsInt(value)), code, message);
    }
  }
}
