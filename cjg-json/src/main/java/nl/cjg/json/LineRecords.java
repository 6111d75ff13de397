package nl.cjg.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The records of a JSON Lines input, one per line, decoded as they are asked for. A line that is
 * too long, blank or not UTF-8 becomes a record with that problem and reading goes on with the
 * next line; when failing fast, the first bad record is the last. Not thread-safe.
 *
 * @param <T> the type of the records
 */
final class LineRecords<T> extends LookaheadRecords<T> {
  /** Decodes one line that passed the line checks. */
  interface LineDecoder<T> {
    RecordResult<T> decode(long index, long line, byte[] bytes, int offset, int length) throws IOException;

    /** Releases what the decoder holds for its stream. */
    default void close() {}
  }

  private final InputStream in;
  private final LineSplitter lines;
  private final ReaderSettings settings;
  private final LineDecoder<T> decoder;
  private long index;
  private boolean limitReached;

  /**
   * @param firstIndex the index of the first line's record: 0, or -1 when the first line is a header
   */
  LineRecords(InputStream in, ReaderSettings settings, long firstIndex, LineDecoder<T> decoder) {
    super(settings);
    this.in = in;
    this.index = firstIndex;
    this.lines = new LineSplitter(in, settings.limits().maxRecordLength());
    this.settings = settings;
    this.decoder = decoder;
  }

  @Override
  public void close() {
    decoder.close();
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  boolean stopAfterCurrent() {
    return limitReached;
  }

  @Override
  RecordResult<T> advance() {
    try {
      if (!lines.next()) {
        return null;
      }
      long line = lines.lineNumber();
      limitReached = index >= settings.limits().maxRecords();
      ProblemCode problem = limitReached ? ProblemCode.LIMIT_RECORDS : lineProblem(line);
      if (problem != null) {
        ReadContext context = new ReadContext(settings, line - 1);
        context.reportLine(problem, Parsing.argument(problem, context));
        return new RecordResult<>(index++, line, null, ReadResult.failed(context.problems()));
      }
      return decoder.decode(index++, line, lines.bytes(), lines.offset(), lines.length());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ProblemCode lineProblem(long line) {
    if (lines.tooLong()) {
      return ProblemCode.LIMIT_RECORD;
    }
    byte[] bytes = lines.bytes();
    int offset = lines.offset();
    int end = offset + lines.length();
    boolean blank = true;
    for (int i = offset; i < end && blank; i++) {
      blank = bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r';
    }
    if (blank) {
      return ProblemCode.BLANK_LINE;
    }
    ProblemCode prefix = Parsing.prefixProblem(bytes, offset, end - offset);
    return prefix == ProblemCode.BYTE_ORDER_MARK && line > 1 ? ProblemCode.SYNTAX : prefix;
  }
}
