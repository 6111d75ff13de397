package nl.cjg.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks that bytes are well-formed UTF-8 (RFC 3629): no overlong forms, no encoded surrogates, no
 * code points above U+10FFFF, no stray or missing continuation bytes. Jackson's parser decodes
 * some of these (an overlong {@code C0 AF} becomes {@code /}), so the readers check first. Keeps
 * its state across calls, so that a stream can be checked block by block, and counts lines for
 * the position of a failure. Not thread-safe.
 */
final class Utf8Validator {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private int pending;
  private int lowerBound = 0x80;
  private int upperBound = 0xBF;
  private long line = 1;
  private long column;

  /**
   * Checks more bytes.
   *
   * @return the index of the first bad byte, or -1 when all are fine so far
   */
  int check(byte[] bytes, int offset, int length) {
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      int b = bytes[i] & 0xFF;
      column++;
      if (pending == 0) {
        if (b < 0x80) {
          if (b == '\n') {
            line++;
            column = 0;
          }
          continue;
        }
        if (!start(b)) {
          return i;
        }
      } else {
        if (b < lowerBound || b > upperBound) {
          return i;
        }
        lowerBound = 0x80;
        upperBound = 0xBF;
        pending--;
      }
    }
    return -1;
  }

  /**
   * Whether the bytes are all ASCII, which is well-formed UTF-8: the common case, checked eight
   * bytes at a time.
   */
  static boolean isAscii(byte[] bytes, int offset, int length) {
    int end = offset + length;
    int i = offset;
    long any = 0;
    for (; i + Long.BYTES <= end; i += Long.BYTES) {
      any |= (long) LONGS.get(bytes, i);
    }
    for (; i < end; i++) {
      any |= bytes[i];
    }
    return (any & HIGH_BITS) == 0;
  }

  /** Whether the bytes so far do not end inside a character. */
  boolean isComplete() {
    return pending == 0;
  }

  /** The line of the last byte checked (1-based). */
  long line() {
    return line;
  }

  /** The column in bytes of the last byte checked (1-based). */
  long column() {
    return column;
  }

  private boolean start(int b) {
    if (b >= 0xC2 && b <= 0xDF) {
      pending = 1;
    } else if (b == 0xE0) {
      pending = 2;
      lowerBound = 0xA0;
    } else if (b == 0xED) {
      pending = 2;
      upperBound = 0x9F;
    } else if (b >= 0xE1 && b <= 0xEF) {
      pending = 2;
    } else if (b == 0xF0) {
      pending = 3;
      lowerBound = 0x90;
    } else if (b >= 0xF1 && b <= 0xF3) {
      pending = 3;
    } else if (b == 0xF4) {
      pending = 3;
      upperBound = 0x8F;
    } else {
      return false;
    }
    return true;
  }
}
