package nl.cjg.core.stats.audit;

import java.util.Locale;

/** What a {@link Finding} reports. */
public enum FindingKind {
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
