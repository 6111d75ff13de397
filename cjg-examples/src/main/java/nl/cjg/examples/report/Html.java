package nl.cjg.examples.report;

/** HTML escaping of text for element content and quoted attribute values. */
public final class Html {
  private Html() {}

  /**
   * The text with {@code & < > " '} replaced by character references, and control characters
   * other than tab, line feed and carriage return dropped.
   *
   * @param text any text
   * @return the text, safe inside an element or a quoted attribute
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
