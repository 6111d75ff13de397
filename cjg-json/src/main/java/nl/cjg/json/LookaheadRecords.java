package nl.cjg.json;

import java.util.NoSuchElementException;

/**
 * The iteration shared by the streaming readers: one record read ahead, the end reached when
 * {@link #advance()} has no more, and, with fail-fast, nothing after the first record with problems.
 */
abstract class LookaheadRecords<T> implements Records<T> {
  private final boolean failFast;
  private RecordResult<T> pending;
  private boolean finished;

  LookaheadRecords(ReaderSettings settings) {
    this.failFast = settings.failFast();
  }

  /** The next record, or null at the end of the input. */
  abstract RecordResult<T> advance();

  /** Whether the record just read is the last one to give, although the input may go on. */
  boolean stopAfterCurrent() {
    return false;
  }

  @Override
  public final boolean hasNext() {
    if (pending == null && !finished) {
      pending = advance();
      finished = pending == null || stopAfterCurrent();
    }
    return pending != null;
  }

  @Override
  public final RecordResult<T> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RecordResult<T> result = pending;
    pending = null;
    if (failFast && !result.isValid()) {
      finished = true;
    }
    return result;
  }
}
