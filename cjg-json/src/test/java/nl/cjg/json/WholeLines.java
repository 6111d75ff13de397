package nl.cjg.json;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The records a {@link CasusCounter} reads from JSON Lines, each line read by its own decoder, and
 * the same lines read whole through Jackson as the counter read them before {@link LineScanner}:
 * the oracle the scanner's path is compared with.
 */
final class WholeLines {
  private WholeLines() {}

  /** The records of the input through the counter's decoder (the scanner first). */
  static List<RecordResult<CasusProjection.Fields>> scanned(CasusCounter<?, ?> counter, ReaderSettings settings, byte[] input) {
    return read(settings, input, counter.decoder());
  }

  /** The records of the input with every line read whole through Jackson. */
  static List<RecordResult<CasusProjection.Fields>> whole(CasusCounter<?, ?> counter, ReaderSettings settings, byte[] input) {
    LineParser stream = new LineParser(settings);
    return read(settings, input, new LineRecords.LineDecoder<>() {
      @Override
      public RecordResult<CasusProjection.Fields> decode(long index, long line, byte[] bytes, int offset, int length) throws java.io.IOException {
        return counter.carefully(stream, index, line, bytes, offset, length);
      }

      @Override
      public void close() {
        stream.close();
      }
    });
  }

  /**
   * What a record came to, comparable: its line and either the fields read (the form's date and
   * the child) or its problems, each with code, pointer, line, column and message.
   */
  static String outcome(RecordResult<CasusProjection.Fields> record) {
    StringBuilder text = new StringBuilder().append(record.line()).append(": ");
    if (record.value().isPresent()) {
      CasusProjection.Fields fields = record.value().get();
      return text.append(fields.datumInvulling).append(' ').append(fields.kind).append(' ').append(fields.kind == null ? 0 : fields.kind.hashCode()).toString();
    }
    for (Problem problem : record.problems()) {
      text.append(problem.code()).append('@').append(problem.pointer()).append('@').append(problem.line().orElse(-1))
          .append(':').append(problem.column().orElse(-1)).append(' ').append(problem.message()).append("; ");
    }
    return text.toString();
  }

  private static List<RecordResult<CasusProjection.Fields>> read(ReaderSettings settings, byte[] input, LineRecords.LineDecoder<CasusProjection.Fields> decoder) {
    List<RecordResult<CasusProjection.Fields>> records = new ArrayList<>();
    try (LineRecords<CasusProjection.Fields> lines = new LineRecords<>(new ByteArrayInputStream(input), settings, 0, decoder)) {
      lines.forEachRemaining(records::add);
    }
    return records;
  }
}
