package nl.cjg.core.stats.audit;

import java.util.List;
import org.immutables.value.Value;

/**
 * The outcome of a table audit: every finding, in table order (by row, then column). A table is
 * consistent when there are none. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AuditResult {
  AuditResult() {}

  /** The findings, by row and then column. */
  public abstract List<Finding> findings();

  /**
   * The stated totals the audit could not check because a part is empty or suppressed, in table
   * order: the audit says nothing about whether they add up. Empty when every stated total was
   * checked.
   */
  public abstract List<Unchecked> uncheckedTotals();

  /**
   * Where a stated total is that the audit could not check: its row and column as the table names
   * them, its line in the CSV form (the header is line 1) and its column number (the label column
   * is 1). Immutable and thread-safe.
   */
  @Value.Immutable
  public abstract static class Unchecked {
    Unchecked() {}

    /** The row's label. */
    public abstract String row();

    /** The column's header. */
    public abstract String column();

    /** The line in the CSV form. */
    public abstract int line();

    /** The column number in the CSV form. */
    public abstract int columnNumber();

    /**
     * A builder.
     *
     * <p>Required: {@link #row()}, {@link #column()}, {@link #line()}, {@link #columnNumber()}.
     * {@code build()} throws an {@link IllegalStateException} that names every required attribute
     * not set.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Builds an {@link Unchecked}; {@link #builder()} names the required attributes. A builder is
     * not thread-safe.
     */
    public static final class Builder extends ImmutableUnchecked.Builder {
      Builder() {}
    }
  }

  /** A result with these findings. */
  public static AuditResult of(List<Finding> findings) {
    return ImmutableAuditResult.builder().findings(findings).build();
  }

  /** Whether every check passed. */
  public boolean isConsistent() {
    return findings().isEmpty();
  }

  /**
   * The result as JSON:
   * {@code {"consistent": false, "findings": [{"row": "totaal", "column": "Bergen", "kind": "cell",
   * "stated": 418, "expected": 412}]}}; when there are {@link #uncheckedTotals()}, they follow as
   * {@code "unchecked": [{"row": "Totaal", "column": "Totaal"}]}. Strings are escaped per RFC 8259 (quotes, backslashes,
   * control characters, and U+2028, U+2029 and unpaired surrogates as {@code \}{@code uXXXX});
   * numbers are written plainly, without exponent, the stated value with its own decimals and the
   * expected value with as many.
   *
   * @return the JSON text
   */
  public String toJson() {
    StringBuilder json = new StringBuilder("{\"consistent\": ").append(isConsistent()).append(", \"findings\": [");
    for (int i = 0; i < findings().size(); i++) {
      Finding finding = findings().get(i);
      json.append(i == 0 ? "" : ", ")
          .append("{\"row\": ")
          .append(string(finding.row()))
          .append(", \"column\": ")
          .append(string(finding.column()))
          .append(", \"kind\": \"")
          .append(finding.kind().jsonName())
          .append("\", \"stated\": ")
          .append(finding.stated().toPlainString())
          .append(", \"expected\": ")
          .append(finding.expected().toPlainString())
          .append('}');
    }
    json.append(']');
    if (!uncheckedTotals().isEmpty()) {
      json.append(", \"unchecked\": [");
      for (int i = 0; i < uncheckedTotals().size(); i++) {
        Unchecked total = uncheckedTotals().get(i);
        json.append(i == 0 ? "" : ", ").append("{\"row\": ").append(string(total.row()))
            .append(", \"column\": ").append(string(total.column())).append('}');
      }
      json.append(']');
    }
    return json.append('}').toString();
  }

  private static String string(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || isUnpairedSurrogate(text, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }

  private static boolean isUnpairedSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
  }

  /**
   * A builder.
   *
   * <p>Nothing is required: every attribute is optional, a collection that may stay empty, or has
   * a default. {@code build()} throws an {@link IllegalStateException} that names every required
   * attribute not set.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link AuditResult}; {@link #builder()} names the required attributes. A list or set
   * attribute {@code xs} has the methods {@code addX}, {@code addAllXs} and {@code xs(Iterable)};
   * a map attribute {@code putX} and {@code putAllX}; an optional attribute takes the value
   * itself or an {@code Optional}. A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableAuditResult.Builder {
    Builder() {}
  }
}
