package nl.cjg.json;

import java.util.List;
import java.util.Optional;

/**
 * One record of a stream (a line of a JSON Lines file, an element of a large array, a record of a
 * dataset) with where it was found and what was read. The problems' pointers are relative to the
 * record; their lines are lines of the whole input. Immutable and thread-safe when the value is.
 *
 * @param <T> the type read
 */
public final class RecordResult<T> {
  private final long index;
  private final long line;
  private final String type;
  private final ReadResult<T> result;

  RecordResult(long index, long line, String type, ReadResult<T> result) {
    this.index = index;
    this.line = line;
    this.type = type;
    this.result = result;
  }

  /** The position of the record in the stream, from 0 (for a dataset: not counting the header). */
  public long index() {
    return index;
  }

  /** The line of the input on which the record starts (1-based). */
  public long line() {
    return line;
  }

  /** The record type of a dataset record ({@code casus}), when known; empty for other streams. */
  public Optional<String> type() {
    return Optional.ofNullable(type);
  }

  /** The value, present exactly when there are no problems. */
  public Optional<T> value() {
    return result.value();
  }

  /** Every problem of this record. */
  public List<Problem> problems() {
    return result.problems();
  }

  /** Whether the record was read without problems. */
  public boolean isValid() {
    return result.isValid();
  }

  /** The outcome as a plain read result. */
  public ReadResult<T> result() {
    return result;
  }

  @Override
  public String toString() {
    return "RecordResult[index=" + index + ", line=" + line + ", " + result + "]";
  }
}
