package nl.cjg.json;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes on only while they are well-formed UTF-8 (see {@link Utf8Validator}); otherwise
 * throws {@link Malformed}, which the readers report as {@code JSON-ENCODING} at the line and
 * column of the bad byte. Not thread-safe.
 */
final class Utf8CheckingInputStream extends FilterInputStream {
  private final Utf8Validator validator = new Utf8Validator();

  Utf8CheckingInputStream(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int count = read(one, 0, 1);
    return count < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int count = super.read(buffer, offset, length);
    if (count > 0 && validator.check(buffer, offset, count) >= 0) {
      throw new Malformed(validator.line(), validator.column());
    }
    if (count < 0 && !validator.isComplete()) {
      throw new Malformed(validator.line(), validator.column());
    }
    return count;
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("skipping would leave bytes unchecked");
  }

  /** The input is not well-formed UTF-8 at a line and column. */
  static final class Malformed extends CharConversionException {
    private static final long serialVersionUID = 1L;

    private final long line;
    private final long column;

    Malformed(long line, long column) {
      super("not well-formed UTF-8");
      this.line = line;
      this.column = column;
    }

    long line() {
      return line;
    }

    long column() {
      return column;
    }
  }
}
