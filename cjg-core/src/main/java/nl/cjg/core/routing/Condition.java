package nl.cjg.core.routing;

/**
 * One compiled condition of a rule: the value of feature {@code feature} (a slot of
 * {@link Features}) lies in {@code [low, high]}, both inclusive. {@code text} is the condition as
 * a rule set writes it, in canonical form.
 */
record Condition(int feature, int low, int high, String text) {
  /** Whether the condition holds for these feature values. */
  boolean holds(int[] features) {
    return holdsFor(features[feature]);
  }

  /** Whether the condition holds when its feature has {@code value}. */
  boolean holdsFor(int value) {
    return value >= low && value <= high;
  }
}
