package nl.cjg.examples.report;

import java.time.LocalDate;

/**
 * One bar of a timeline: a label and the days it covers. Immutable and thread-safe.
 *
 * @param label what the bar stands for
 * @param van the first day
 * @param totEnMet the last day (not before {@code van})
 */
public record TimelineItem(String label, LocalDate van, LocalDate totEnMet) {
  /**
   * Checks the order of the days.
   *
   * @throws IllegalArgumentException when the last day lies before the first
   */
  public TimelineItem {
    if (totEnMet.isBefore(van)) {
      throw new IllegalArgumentException("a timeline item cannot end (totEnMet) before it starts (van)");
    }
  }
}
