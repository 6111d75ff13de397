package nl.cjg.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A validating byte scanner for one line of JSON Lines that holds one object: it checks the whole
 * line against the JSON grammar (RFC 8259: objects, arrays, strings with their escapes, numbers,
 * {@code true}, {@code false}, {@code null}, white space around them and nothing else), that its
 * bytes are well-formed UTF-8 (RFC 3629), and that it keeps within the {@link ReadLimits}, and it
 * finds where the top-level properties with some given names are, without decoding anything.
 *
 * <p>It says yes only when a line is certainly fine for Jackson and the line checks as the readers
 * set them up; it says no to everything else, also to some lines that are fine, so that the caller
 * reads those the careful way, which reports every problem exactly as it always has. It says no
 * to: a line that is not an object, bad syntax or UTF-8, a property name among those looked for
 * given twice at the top level, a top-level property name with an escape, a lone surrogate written
 * as an escape, objects and arrays nested deeper than {@link ReadLimits#maxNestingDepth()}
 * (the root object counts as one), a string, number or property name with more <em>bytes</em>
 * than its limit allows <em>characters</em> (a character takes at least one byte), and a line
 * longer than {@link ReadLimits#maxDocumentLength()}. Not thread-safe: one per stream (or per
 * worker).
 */
final class LineScanner {
  /** The bytes that stand for themselves inside a string: printable ASCII but the quote and the backslash. */
  private static final boolean[] PLAIN = new boolean[256];

  static {
    for (int c = 0x20; c < 0x80; c++) {
      PLAIN[c] = c != '"' && c != '\\';
    }
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long QUOTES = 0x2222222222222222L;
  private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
  private static final long SPACES = 0x2020202020202020L;

  private final byte[][] names;
  private final int[] starts;
  private final int[] ends;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxNameLength;
  private final long maxDocumentLength;
  /** Whether the container at each depth is an array (else an object); the root object is at depth 1. */
  private final boolean[] arrays;
  private byte[] bytes;
  private int end;
  /** Whether the last string skipped holds an escape. */
  private boolean escaped;
  private byte[] reduced = new byte[256];

  /**
   * @param limits the limits the line must keep within
   * @param names the top-level property names looked for, ASCII
   */
  LineScanner(ReadLimits limits, String... names) {
    this.names = new byte[names.length][];
    for (int i = 0; i < names.length; i++) {
      this.names[i] = names[i].getBytes(StandardCharsets.US_ASCII);
    }
    this.starts = new int[names.length];
    this.ends = new int[names.length];
    this.maxNestingDepth = limits.maxNestingDepth();
    this.maxStringLength = limits.maxStringLength();
    this.maxNumberLength = limits.maxNumberLength();
    this.maxNameLength = limits.maxNameLength();
    this.maxDocumentLength = limits.maxDocumentLength();
    this.arrays = new boolean[limits.maxNestingDepth() + 1];
  }

  /**
   * Scans one line.
   *
   * @param line the line's bytes (without its line end)
   * @return whether the line is certainly one well-formed object within the limits; only then
   *     does {@link #reduce()} give its properties looked for
   */
  boolean scan(byte[] line, int offset, int length) {
    if (length > maxDocumentLength) {
      return false;
    }
    bytes = line;
    end = offset + length;
    Arrays.fill(starts, -1);
    int p = space(offset);
    if (p >= end || bytes[p] != '{') {
      return false;
    }
    p = space(p + 1);
    if (p < end && bytes[p] == '}') {
      return space(p + 1) == end;
    }
    while (true) {
      int nameStart = p;
      int nameEnd = string(p, maxNameLength);
      if (nameEnd < 0) {
        return false;
      }
      int found = name(nameStart + 1, nameEnd - 1);
      if (found == -2 || (found >= 0 && starts[found] >= 0)) {
        return false;
      }
      p = space(nameEnd);
      if (p >= end || bytes[p] != ':') {
        return false;
      }
      p = value(space(p + 1));
      if (p < 0) {
        return false;
      }
      if (found >= 0) {
        starts[found] = nameStart;
        ends[found] = p;
      }
      p = space(p);
      if (p >= end) {
        return false;
      }
      if (bytes[p] == '}') {
        return space(p + 1) == end;
      }
      if (bytes[p] != ',') {
        return false;
      }
      p = space(p + 1);
    }
  }

  /**
   * Writes the object of the last line scanned with only the properties looked for, in the order
   * of the line, to {@link #reduced()}: reading those properties from it reads what reading them
   * from the line reads. Only after {@link #scan} said yes.
   *
   * @return its length in bytes
   */
  int reduce() {
    int length = 2 + Math.max(0, names.length - 1);
    for (int n = 0; n < names.length; n++) {
      if (starts[n] >= 0) {
        length += ends[n] - starts[n];
      }
    }
    if (reduced.length < length) {
      reduced = new byte[Math.max(length, 2 * reduced.length)];
    }
    int p = 0;
    reduced[p++] = '{';
    int after = -1;
    for (int written = 0; written < names.length; written++) {
      int next = -1;
      for (int n = 0; n < names.length; n++) {
        if (starts[n] > after && (next < 0 || starts[n] < starts[next])) {
          next = n;
        }
      }
      if (next < 0) {
        break;
      }
      if (p > 1) {
        reduced[p++] = ',';
      }
      System.arraycopy(bytes, starts[next], reduced, p, ends[next] - starts[next]);
      p += ends[next] - starts[next];
      after = starts[next];
    }
    reduced[p++] = '}';
    return p;
  }

  /** The bytes {@link #reduce()} writes to, from index 0. */
  byte[] reduced() {
    return reduced;
  }

  /**
   * Which name looked for the name between {@code from} and {@code to}, just skipped, is.
   *
   * @return its index, -1 for none, -2 for a name with an escape
   */
  private int name(int from, int to) {
    if (escaped) {
      return -2;
    }
    int length = to - from;
    for (int n = 0; n < names.length; n++) {
      if (names[n].length == length && Arrays.equals(names[n], 0, length, bytes, from, to)) {
        return n;
      }
    }
    return -1;
  }

  /** Skips JSON white space within a line (a line end cannot occur in it). */
  private int space(int p) {
    while (p < end) {
      byte b = bytes[p];
      if (b != ' ' && b != '\t' && b != '\r') {
        return p;
      }
      p++;
    }
    return p;
  }

  /** Skips the value of a top-level property, whose first byte is at {@code p}: its end, or -1 when it is not right. */
  private int value(int p) {
    if (p >= end) {
      return -1;
    }
    byte b = bytes[p];
    if (b == '{' || b == '[') {
      return container(p);
    }
    return scalar(p);
  }

  /** Skips a string, number or literal at {@code p}: its end, or -1 when it is not right. */
  private int scalar(int p) {
    switch (bytes[p]) {
      case '"':
        return string(p, maxStringLength);
      case 't':
        return literal(p, "true");
      case 'f':
        return literal(p, "false");
      case 'n':
        return literal(p, "null");
      default:
        return number(p);
    }
  }

  /**
   * Skips an object or array inside the root object, without recursion: the depth of each open
   * container is tracked in {@link #arrays}.
   */
  private int container(int p) {
    int depth = 1;
    boolean open = true;
    while (true) {
      if (open) {
        if (++depth > maxNestingDepth) {
          return -1;
        }
        boolean array = bytes[p] == '[';
        arrays[depth] = array;
        p = space(p + 1);
        if (p >= end) {
          return -1;
        }
        if (bytes[p] == (array ? ']' : '}')) {
          p++;
          open = false;
          if (--depth == 1) {
            return p;
          }
          continue;
        }
        if (!array) {
          p = member(p);
          if (p < 0) {
            return -1;
          }
        }
      } else {
        p = space(p);
        if (p >= end) {
          return -1;
        }
        byte b = bytes[p];
        if (b == ',') {
          p = space(p + 1);
          if (!arrays[depth]) {
            p = member(p);
            if (p < 0) {
              return -1;
            }
          }
        } else if (b == (arrays[depth] ? ']' : '}')) {
          p++;
          if (--depth == 1) {
            return p;
          }
          continue;
        } else {
          return -1;
        }
      }
      if (p >= end) {
        return -1;
      }
      byte b = bytes[p];
      open = b == '{' || b == '[';
      if (!open) {
        p = scalar(p);
        if (p < 0) {
          return -1;
        }
      }
    }
  }

  /** Skips a property name and its colon: where the value starts, or -1. */
  private int member(int p) {
    p = string(p, maxNameLength);
    if (p < 0) {
      return -1;
    }
    p = space(p);
    if (p >= end || bytes[p] != ':') {
      return -1;
    }
    return space(p + 1);
  }

  private int literal(int p, String word) {
    int length = word.length();
    if (end - p < length) {
      return -1;
    }
    for (int i = 1; i < length; i++) {
      if (bytes[p + i] != word.charAt(i)) {
        return -1;
      }
    }
    return p + length;
  }

  /** Skips a number ({@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}): its end, or -1. */
  private int number(int p) {
    int i = p;
    if (bytes[i] == '-') {
      i++;
    }
    if (i >= end) {
      return -1;
    }
    if (bytes[i] == '0') {
      i++;
    } else if (bytes[i] >= '1' && bytes[i] <= '9') {
      i = digits(i + 1);
    } else {
      return -1;
    }
    if (i < end && bytes[i] == '.') {
      int from = i + 1;
      i = digits(from);
      if (i == from) {
        return -1;
      }
    }
    if (i < end && (bytes[i] == 'e' || bytes[i] == 'E')) {
      i++;
      if (i < end && (bytes[i] == '+' || bytes[i] == '-')) {
        i++;
      }
      int from = i;
      i = digits(from);
      if (i == from) {
        return -1;
      }
    }
    return i - p > maxNumberLength ? -1 : i;
  }

  private int digits(int i) {
    while (i < end && bytes[i] >= '0' && bytes[i] <= '9') {
      i++;
    }
    return i;
  }

  /**
   * Skips a string whose opening quote is at {@code p}, with at most {@code limit} bytes between its
   * quotes: its end (after the closing quote), or -1.
   */
  private int string(int p, int limit) {
    if (p >= end || bytes[p] != '"') {
      return -1;
    }
    escaped = false;
    int i = p + 1;
    while (true) {
      while (i + Long.BYTES <= end && !special((long) LONGS.get(bytes, i))) {
        i += Long.BYTES;
      }
      while (i < end && PLAIN[bytes[i] & 0xFF]) {
        i++;
      }
      if (i >= end) {
        return -1;
      }
      int b = bytes[i] & 0xFF;
      if (b == '"') {
        return i - p - 1 > limit ? -1 : i + 1;
      }
      if (b == '\\') {
        escaped = true;
        i = escape(i);
      } else if (b >= 0x80) {
        i = multiByte(i, b);
      } else {
        return -1; // a control character
      }
      if (i < 0) {
        return -1;
      }
    }
  }

  /**
   * Whether eight bytes may hold one that does not stand for itself in a string: a quote, a
   * backslash, a control character or a byte of a multi-byte character (never a false no).
   */
  private static boolean special(long word) {
    long quote = word ^ QUOTES;
    long backslash = word ^ BACKSLASHES;
    return ((((quote - ONES) & ~quote) | ((backslash - ONES) & ~backslash) | ((word - SPACES) & ~word) | word) & HIGH_BITS) != 0;
  }

  /** Skips an escape at {@code i}: its end, or -1 (a lone surrogate included). */
  private int escape(int i) {
    if (i + 1 >= end) {
      return -1;
    }
    switch (bytes[i + 1]) {
      case '"':
      case '\\':
      case '/':
      case 'b':
      case 'f':
      case 'n':
      case 'r':
      case 't':
        return i + 2;
      case 'u':
        int unit = hex(i + 2);
        if (unit < 0 || (unit >= 0xDC00 && unit <= 0xDFFF)) {
          return -1;
        }
        if (unit < 0xD800 || unit > 0xDBFF) {
          return i + 6;
        }
        if (i + 7 >= end || bytes[i + 6] != '\\' || bytes[i + 7] != 'u') {
          return -1;
        }
        int low = hex(i + 8);
        return low >= 0xDC00 && low <= 0xDFFF ? i + 12 : -1;
      default:
        return -1;
    }
  }

  /** The four hex digits at {@code i}, or -1. */
  private int hex(int i) {
    if (i + 4 > end) {
      return -1;
    }
    int value = 0;
    for (int k = i; k < i + 4; k++) {
      int digit = Character.digit(bytes[k], 16);
      if (digit < 0) {
        return -1;
      }
      value = value << 4 | digit;
    }
    return value;
  }

  /** Skips a character of two to four bytes whose first byte {@code b} is at {@code i}: its end, or -1 when it is not UTF-8. */
  private int multiByte(int i, int b) {
    int count;
    int low = 0x80;
    int high = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      count = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      count = 2;
      if (b == 0xE0) {
        low = 0xA0;
      } else if (b == 0xED) {
        high = 0x9F;
      }
    } else if (b >= 0xF0 && b <= 0xF4) {
      count = 3;
      if (b == 0xF0) {
        low = 0x90;
      } else if (b == 0xF4) {
        high = 0x8F;
      }
    } else {
      return -1;
    }
    if (i + count >= end) {
      return -1;
    }
    int second = bytes[i + 1] & 0xFF;
    if (second < low || second > high) {
      return -1;
    }
    for (int k = i + 2; k <= i + count; k++) {
      int next = bytes[k] & 0xFF;
      if (next < 0x80 || next > 0xBF) {
        return -1;
      }
    }
    return i + count + 1;
  }
}
