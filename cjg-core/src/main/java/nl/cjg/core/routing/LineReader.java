package nl.cjg.core.routing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines with a bound on their length, so that a rule set of one enormous line cannot fill
 * the memory: the characters beyond the bound are skipped, and the line is marked as too long.
 * Ends of line are {@code \n}, {@code \r\n} or {@code \r}; a byte order mark at the start is
 * dropped.
 */
final class LineReader {
  /** A line read: its text, cut at the bound, and whether it was longer. */
  record Line(String text, boolean tooLong) {}

  private final Reader reader;
  private final int maxLength;
  private boolean first = true;
  private int pending = -2;

  LineReader(Reader reader, int maxLength) {
    this.reader = reader instanceof BufferedReader ? reader : new BufferedReader(reader);
    this.maxLength = maxLength;
  }

  /** The next line, or {@code null} at the end of the input. */
  Line next() throws IOException {
    StringBuilder text = new StringBuilder();
    boolean tooLong = false;
    int c = read();
    if (c == -1) {
      return null;
    }
    if (first && c == '\uFEFF') {
      c = read();
    }
    first = false;
    while (c != -1 && c != '\n' && c != '\r') {
      if (text.length() < maxLength) {
        text.append((char) c);
      } else {
        tooLong = true;
      }
      c = read();
    }
    if (c == '\r') {
      int after = read();
      if (after != '\n') {
        pending = after;
      }
    }
    return new Line(text.toString(), tooLong);
  }

  private int read() throws IOException {
    if (pending != -2) {
      int c = pending;
      pending = -2;
      return c;
    }
    return reader.read();
  }
}
