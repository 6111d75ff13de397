package nl.cjg.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that fails when more than a budget of bytes is read since the last
 * {@link #reset(long)}: the guard on the size of one element of a streamed array. The parser reads
 * ahead in blocks, so the count is exact to within one block. Not thread-safe.
 */
final class RecordBudget extends FilterInputStream {
  private long remaining;

  RecordBudget(InputStream in) {
    super(in);
  }

  /** Allows {@code budget} more bytes from now on. */
  void reset(long budget) {
    remaining = budget;
  }

  @Override
  public int read() throws IOException {
    int value = super.read();
    if (value >= 0) {
      spend(1);
    }
    return value;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int count = super.read(buffer, offset, length);
    if (count > 0) {
      spend(count);
    }
    return count;
  }

  private void spend(int count) throws Exceeded {
    remaining -= count;
    if (remaining < 0) {
      throw new Exceeded();
    }
  }

  /** The budget of the current record is spent. */
  static final class Exceeded extends IOException {
    private static final long serialVersionUID = 1L;

    Exceeded() {
      super("record budget exceeded");
    }
  }
}
