package nl.cjg.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;

/**
 * One UTF-8 parser over the lines of a JSON Lines stream, so that a well-formed line costs what
 * tokenising it costs: no parser, buffers or decoder are set up per line, and property names are
 * decoded once per stream instead of once per line. It reads a line only when everything about it
 * is right (one value, nothing after it on the line, no problem at all); for anything else it
 * returns {@code null} and is renewed at the next line, and the caller reads the line on its own
 * the careful way, which reports every problem exactly where it is. A line reaches it only after
 * the line checks (length, blank, byte order mark, UTF-8).
 *
 * <p>The property names it keeps belong to this stream alone and to at most {@link #RENEW_AFTER}
 * bytes of it: the parser is renewed, with a table of its own, after that many bytes, so that no
 * input can fill a table shared with other reads, nor grow one without bound. Not thread-safe: one
 * per stream (or per worker).
 */
final class LineParser {
  /** The bytes a parser reads before it is renewed. */
  static final long RENEW_AFTER = 1L << 20;

  private final ReaderSettings settings;
  private final LineFeed feed = new LineFeed();
  private JsonParser parser;
  /** The context of the lines read; it holds no problem, since a line with one ends it. */
  private ReadContext context;

  LineParser(ReaderSettings settings) {
    this.settings = settings;
  }

  /**
   * Reads the only value of one line, when nothing at all is wrong with it.
   *
   * @param bytes the line's bytes (without its line end), well-formed UTF-8
   * @return the value, or {@code null} when the line must be read the careful way
   */
  <T> T read(byte[] bytes, int offset, int length, Codec<T> codec) {
    if (length > settings.limits().maxDocumentLength()) {
      return null;
    }
    if (parser != null && (!feed.consumed() || feed.delivered() > RENEW_AFTER)) {
      renew();
    }
    feed.offer(bytes, offset, length);
    long lineStart = feed.delivered();
    T value = null;
    try {
      if (parser == null) {
        parser = new LimitedParser(settings.lineFactory().createParser(feed), settings.limits());
      }
      JsonToken first = parser.nextToken();
      if (first != null && first != JsonToken.VALUE_NULL) {
        if (context == null) {
          context = new ReadContext(settings, 0);
        }
        value = codec.read(parser, context);
        if (context.hasProblems() || !restIsBlank(bytes, offset + (int) (parser.currentLocation().getByteOffset() - lineStart), offset + length)) {
          value = null;
        }
      }
    } catch (IOException | ReadContext.StopReading e) {
      value = null; // the careful read reports it
    }
    if (value == null) {
      renew();
      context = null;
    }
    return value;
  }

  /** Releases the parser's buffers. */
  void close() {
    renew();
  }

  private void renew() {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException e) {
        // the feed holds no resource; nothing to release
      }
      parser = null;
    }
    feed.clear();
  }

  private static boolean restIsBlank(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * The input of the parser: the current line and its line end, then the end of the input until
   * the next line is offered, so that the parser never reads into a line before it is asked to.
   */
  private static final class LineFeed extends InputStream {
    private byte[] line;
    private int position;
    private int end;
    private boolean lineEndPending;
    private long delivered;

    void offer(byte[] bytes, int offset, int length) {
      line = bytes;
      position = offset;
      end = offset + length;
      lineEndPending = true;
    }

    /** Whether the parser has read all of the current line, its line end included. */
    boolean consumed() {
      return position == end && !lineEndPending;
    }

    /** The bytes given to the parser since the last reset. */
    long delivered() {
      return delivered;
    }

    void clear() {
      delivered = 0;
      line = null;
      position = 0;
      end = 0;
      lineEndPending = false;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      int count = Math.min(length, end - position);
      if (count > 0) {
        System.arraycopy(line, position, buffer, offset, count);
        position += count;
      }
      if (count < length && lineEndPending) {
        buffer[offset + count++] = '\n';
        lineEndPending = false;
      }
      if (count == 0) {
        return -1;
      }
      delivered += count;
      return count;
    }
  }
}
