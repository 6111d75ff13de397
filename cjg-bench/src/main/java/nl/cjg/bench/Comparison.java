package nl.cjg.bench;

import java.util.Locale;

/**
 * One line of the ratio table: a measurement of the library divided by its baseline, both times
 * (or sizes) per operation, so lower is better, and the highest ratio the target allows.
 *
 * @param name the line's name, for example {@code json-read}
 * @param ratio the library's time (or size) divided by the baseline's
 * @param target the highest ratio that meets the target
 */
record Comparison(String name, double ratio, double target) {

  /** Whether the ratio meets the target. */
  boolean ok() {
    return ratio <= target;
  }

  /** The line as printed: {@code name ratio target ok|miss}. */
  String line() {
    String shown = String.format(Locale.ROOT, ratio < 0.1 ? "%.4f" : "%.2f", ratio);
    return String.join(" ", name, shown, trim(target), ok() ? "ok" : "miss");
  }

  private static String trim(double value) {
    String text = String.format(Locale.ROOT, "%.3f", value);
    return text.replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
