package nl.cjg.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a byte stream into lines at {@code \n} (a {@code \r} before it is dropped), in constant
 * memory: a line longer than the limit is skipped to its end and marked {@link #tooLong()}. A
 * final line end does not start another line. A line that lies within one block of input is not
 * copied: {@link #bytes()} is then that block, from {@link #offset()}. Not thread-safe.
 */
final class LineSplitter {
  private static final int CHUNK = 64 * 1024;

  private final InputStream in;
  private final int maxLineLength;
  private final byte[] chunk = new byte[CHUNK];
  private int chunkLength;
  private int chunkPosition;
  private boolean endOfInput;
  private byte[] line = new byte[1024];
  private byte[] current = line;
  private int lineOffset;
  private int lineLength;
  private boolean tooLong;
  private long lineNumber;

  LineSplitter(InputStream in, int maxLineLength) {
    this.in = in;
    this.maxLineLength = maxLineLength;
  }

  /**
   * Moves to the next line.
   *
   * @return false at the end of the input
   */
  boolean next() throws IOException {
    lineLength = 0;
    lineOffset = 0;
    current = line;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (chunkPosition == chunkLength) {
        if (endOfInput || !fill()) {
          if (any) {
            lineNumber++;
            trimCarriageReturn();
          }
          return any;
        }
      }
      any = true;
      int start = chunkPosition;
      int end = start;
      while (end < chunkLength && chunk[end] != '\n') {
        end++;
      }
      if (end < chunkLength && lineLength == 0 && !tooLong) {
        current = chunk;
        lineOffset = start;
        lineLength = end - start;
        chunkPosition = end + 1;
        lineNumber++;
        trimCarriageReturn();
        return true;
      }
      append(start, end);
      chunkPosition = end;
      if (end < chunkLength) {
        chunkPosition++;
        lineNumber++;
        trimCarriageReturn();
        return true;
      }
    }
  }

  /** The bytes of the current line (valid from {@link #offset()}, for {@link #length()} bytes, until the next line). */
  byte[] bytes() {
    return current;
  }

  /** Where the current line starts in {@link #bytes()}. */
  int offset() {
    return lineOffset;
  }

  /** The length of the current line in bytes. */
  int length() {
    return lineLength;
  }

  /** Whether the current line was longer than the limit (its bytes are then not kept). */
  boolean tooLong() {
    return tooLong;
  }

  /** The number of the current line, from 1. */
  long lineNumber() {
    return lineNumber;
  }

  private boolean fill() throws IOException {
    int read = in.read(chunk, 0, CHUNK);
    if (read < 0) {
      endOfInput = true;
      return false;
    }
    chunkLength = read;
    chunkPosition = 0;
    return true;
  }

  private void append(int start, int end) {
    int count = end - start;
    if (tooLong || count == 0) {
      return;
    }
    if (lineLength + count > maxLineLength + 1) {
      tooLong = true;
      lineLength = 0;
      return;
    }
    if (lineLength + count > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + count));
      current = line;
    }
    System.arraycopy(chunk, start, line, lineLength, count);
    lineLength += count;
  }

  private void trimCarriageReturn() {
    if (!tooLong && lineLength > 0 && current[lineOffset + lineLength - 1] == '\r') {
      lineLength--;
    }
    if (lineLength > maxLineLength) {
      tooLong = true;
      lineLength = 0;
    }
  }
}
